package dev.tokentracker.source.codex;

import dev.tokentracker.scan.JsonReader;
import dev.tokentracker.scan.MalformedRecordException;
import dev.tokentracker.scan.NumberText;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one rollout line into a {@link RolloutLine}. The whole line is validated (strict JSON,
 * SPEC §2); what the rules do not need is skipped without being decoded.
 *
 * <p>Each object member is read into a fresh value and assigned, so when a name occurs twice the
 * last occurrence replaces the earlier one entirely, nested members included. Token counters are
 * read leniently ({@link TokenUsage#INVALID}) for the same reason: an invalid counter that a later
 * duplicate replaces does not make the record malformed.
 */
final class RolloutLineReader {

    private static final byte[] TYPE = ascii("type");
    private static final byte[] TIMESTAMP = ascii("timestamp");
    private static final byte[] PAYLOAD = ascii("payload");
    private static final byte[] ID = ascii("id");
    private static final byte[] SOURCE = ascii("source");
    private static final byte[] SUBAGENT = ascii("subagent");
    private static final byte[] MODEL = ascii("model");
    private static final byte[] INFO = ascii("info");
    private static final byte[] TOTAL_TOKEN_USAGE = ascii("total_token_usage");
    private static final byte[] LAST_TOKEN_USAGE = ascii("last_token_usage");
    private static final byte[] INPUT_TOKENS = ascii("input_tokens");
    private static final byte[] CACHED_INPUT_TOKENS = ascii("cached_input_tokens");
    private static final byte[] OUTPUT_TOKENS = ascii("output_tokens");
    private static final byte[] REASONING_OUTPUT_TOKENS = ascii("reasoning_output_tokens");

    private RolloutLineReader() {
    }

    /** Reads {@code buf[start, end)}; malformed when it is not strict JSON or not an object. */
    static RolloutLine read(byte[] buf, int start, int end) {
        JsonReader r = new JsonReader(buf, start, end);
        if (r.peek() != JsonReader.Kind.OBJECT) {
            throw new MalformedRecordException("record is not an object");
        }
        String type = null;
        String timestamp = null;
        RolloutLine.Payload payload = RolloutLine.Payload.ABSENT;
        r.beginObject();
        while (r.nextMember()) {
            if (r.nameIs(TYPE)) {
                type = stringOrNull(r);
            } else if (r.nameIs(TIMESTAMP)) {
                timestamp = stringOrNull(r);
            } else if (r.nameIs(PAYLOAD)) {
                payload = r.peek() == JsonReader.Kind.OBJECT
                        ? readPayload(r)
                        : skipped(r, RolloutLine.Payload.ABSENT);
            } else {
                r.skipValue();
            }
        }
        r.endRecord();
        return new RolloutLine(type, timestamp, payload);
    }

    private static RolloutLine.Payload readPayload(JsonReader r) {
        String type = null;
        String id = null;
        String subagent = null;
        String model = null;
        TokenCountInfo info = null;
        r.beginObject();
        while (r.nextMember()) {
            if (r.nameIs(TYPE)) {
                type = stringOrNull(r);
            } else if (r.nameIs(ID)) {
                id = stringOrNull(r);
            } else if (r.nameIs(SOURCE)) {
                subagent = r.peek() == JsonReader.Kind.OBJECT ? readSubagent(r) : skipped(r, null);
            } else if (r.nameIs(MODEL)) {
                model = stringOrNull(r);
            } else if (r.nameIs(INFO)) {
                info = r.peek() == JsonReader.Kind.OBJECT ? readInfo(r) : skipped(r, null);
            } else {
                r.skipValue();
            }
        }
        return new RolloutLine.Payload(type, id, subagent, model, info);
    }

    /** {@code payload.source.subagent} when it is a string ({@code source} may also be "cli"). */
    private static String readSubagent(JsonReader r) {
        String subagent = null;
        r.beginObject();
        while (r.nextMember()) {
            if (r.nameIs(SUBAGENT)) {
                subagent = stringOrNull(r);
            } else {
                r.skipValue();
            }
        }
        return subagent;
    }

    private static TokenCountInfo readInfo(JsonReader r) {
        String model = null;
        TokenUsage total = null;
        TokenUsage last = null;
        r.beginObject();
        while (r.nextMember()) {
            if (r.nameIs(MODEL)) {
                model = stringOrNull(r);
            } else if (r.nameIs(TOTAL_TOKEN_USAGE)) {
                total = r.peek() == JsonReader.Kind.OBJECT ? readUsage(r) : skipped(r, null);
            } else if (r.nameIs(LAST_TOKEN_USAGE)) {
                last = r.peek() == JsonReader.Kind.OBJECT ? readUsage(r) : skipped(r, null);
            } else {
                r.skipValue();
            }
        }
        return new TokenCountInfo(model, total, last);
    }

    private static TokenUsage readUsage(JsonReader r) {
        long input = 0;
        long cached = 0;
        long output = 0;
        long reasoning = 0;
        r.beginObject();
        while (r.nextMember()) {
            if (r.nameIs(INPUT_TOKENS)) {
                input = readTokenCount(r);
            } else if (r.nameIs(CACHED_INPUT_TOKENS)) {
                cached = readTokenCount(r);
            } else if (r.nameIs(OUTPUT_TOKENS)) {
                output = readTokenCount(r);
            } else if (r.nameIs(REASONING_OUTPUT_TOKENS)) {
                reasoning = readTokenCount(r);
            } else {
                r.skipValue();
            }
        }
        return new TokenUsage(input, cached, output, reasoning);
    }

    /** A token counter: null is 0; anything but an integer 0..2^63-1 is {@link TokenUsage#INVALID}. */
    private static long readTokenCount(JsonReader r) {
        return switch (r.peek()) {
            case NULL -> {
                r.readNull();
                yield 0;
            }
            case NUMBER -> integerOrInvalid(r.readNumberText());
            default -> skippedCount(r);
        };
    }

    private static long integerOrInvalid(String numberText) {
        try {
            return NumberText.nonNegativeInteger(numberText);
        } catch (MalformedRecordException notAnInteger) {
            // A fraction, exponent, sign or overflow: the verdict waits until the record is
            // known to be usage and this occurrence of the member is known to be the last.
            return TokenUsage.INVALID;
        }
    }

    /** A string member; another JSON type counts as absent (null). */
    private static String stringOrNull(JsonReader r) {
        return r.peek() == JsonReader.Kind.STRING ? r.readString() : skipped(r, null);
    }

    /** Validates and discards a value of an unexpected type, standing in {@code absent} for it. */
    private static <T> T skipped(JsonReader r, T absent) {
        r.skipValue();
        return absent;
    }

    /** Validates and discards a token counter of an unexpected type. */
    private static long skippedCount(JsonReader r) {
        r.skipValue();
        return TokenUsage.INVALID;
    }

    private static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
