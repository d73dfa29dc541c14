package dev.tokentracker.source.claude;

import dev.tokentracker.scan.JsonReader;
import dev.tokentracker.scan.MalformedRecordException;
import dev.tokentracker.scan.NumberText;
import java.nio.charset.StandardCharsets;

/**
 * Pulls the members the mapping needs out of one JSONL line and validates the rest of it. The
 * whole line is always consumed: a line that is not strict JSON, or whose top-level value is not
 * an object, throws {@link MalformedRecordException} whatever it would have contained.
 */
final class TranscriptLineReader {

    private static final byte[] TYPE = ascii("type");
    private static final byte[] SESSION_ID = ascii("sessionId");
    private static final byte[] IS_SIDECHAIN = ascii("isSidechain");
    private static final byte[] TIMESTAMP = ascii("timestamp");
    private static final byte[] COST_USD = ascii("costUSD");
    private static final byte[] REQUEST_ID = ascii("requestId");
    private static final byte[] MESSAGE = ascii("message");
    private static final byte[] DATA = ascii("data");
    private static final byte[] ID = ascii("id");
    private static final byte[] MODEL = ascii("model");
    private static final byte[] USAGE = ascii("usage");
    private static final byte[] INPUT_TOKENS = ascii("input_tokens");
    private static final byte[] OUTPUT_TOKENS = ascii("output_tokens");
    private static final byte[] CACHE_READ = ascii("cache_read_input_tokens");
    private static final byte[] CACHE_CREATION_TOKENS = ascii("cache_creation_input_tokens");
    private static final byte[] CACHE_CREATION = ascii("cache_creation");
    private static final byte[] EPHEMERAL_1H = ascii("ephemeral_1h_input_tokens");

    private TranscriptLineReader() {
    }

    /** Reads the record {@code buf[start, end)}. */
    static TranscriptLine read(byte[] buf, int start, int end) {
        JsonReader reader = new JsonReader(buf, start, end);
        if (reader.peek() != JsonReader.Kind.OBJECT) {
            throw new MalformedRecordException("record is not a JSON object");
        }
        TranscriptLine line = readLine(reader, true);
        reader.endRecord();
        return line;
    }

    /**
     * Reads a transcript line object. The same shape is embedded at {@code data.message} of a
     * progress record; there ({@code topLevel == false}) {@code data} is not looked into, so the
     * nesting stays bounded.
     */
    private static TranscriptLine readLine(JsonReader r, boolean topLevel) {
        TranscriptLine line = new TranscriptLine();
        r.beginObject();
        while (r.nextMember()) {
            if (r.nameIs(TYPE)) {
                line.type = stringOrAbsent(r);
            } else if (r.nameIs(SESSION_ID)) {
                line.sessionId = stringOrAbsent(r);
            } else if (r.nameIs(IS_SIDECHAIN)) {
                line.sidechain = r.peek() == JsonReader.Kind.TRUE;
                r.skipValue();
            } else if (r.nameIs(TIMESTAMP)) {
                line.timestamp = stringOrAbsent(r);
            } else if (r.nameIs(COST_USD)) {
                line.costText = numberOrAbsent(r);
            } else if (r.nameIs(REQUEST_ID)) {
                line.requestId = stringOrAbsent(r);
            } else if (r.nameIs(MESSAGE)) {
                line.message = readMessage(r);
            } else if (topLevel && r.nameIs(DATA)) {
                readData(r, line);
            } else {
                r.skipValue();
            }
        }
        return line;
    }

    /** {@code data} of a progress record: its {@code type} and the embedded line. */
    private static void readData(JsonReader r, TranscriptLine line) {
        line.dataType = null;
        line.dataMessage = null;
        if (r.peek() != JsonReader.Kind.OBJECT) {
            r.skipValue();
            return;
        }
        r.beginObject();
        while (r.nextMember()) {
            if (r.nameIs(TYPE)) {
                line.dataType = stringOrAbsent(r);
            } else if (r.nameIs(MESSAGE)) {
                line.dataMessage = r.peek() == JsonReader.Kind.OBJECT ? readLine(r, false) : skipped(r);
            } else {
                r.skipValue();
            }
        }
    }

    private static TranscriptLine.Message readMessage(JsonReader r) {
        if (r.peek() != JsonReader.Kind.OBJECT) {
            return skipped(r);
        }
        TranscriptLine.Message message = new TranscriptLine.Message();
        r.beginObject();
        while (r.nextMember()) {
            if (r.nameIs(ID)) {
                message.id = stringOrAbsent(r);
            } else if (r.nameIs(MODEL)) {
                message.model = stringOrAbsent(r);
            } else if (r.nameIs(USAGE)) {
                message.usage = r.peek() == JsonReader.Kind.OBJECT ? readUsage(r) : skipped(r);
            } else {
                r.skipValue();
            }
        }
        return message;
    }

    private static TranscriptLine.Usage readUsage(JsonReader r) {
        TranscriptLine.Usage usage = new TranscriptLine.Usage();
        r.beginObject();
        while (r.nextMember()) {
            if (r.nameIs(INPUT_TOKENS)) {
                usage.input = tokenCount(r);
            } else if (r.nameIs(OUTPUT_TOKENS)) {
                usage.output = tokenCount(r);
            } else if (r.nameIs(CACHE_READ)) {
                usage.cacheRead = tokenCount(r);
            } else if (r.nameIs(CACHE_CREATION_TOKENS)) {
                usage.cacheWrite = tokenCount(r);
            } else if (r.nameIs(CACHE_CREATION)) {
                usage.cacheWrite1h = readCacheCreation(r);
            } else {
                r.skipValue();
            }
        }
        return usage;
    }

    /** {@code usage.cache_creation}: only its 1-hour part is needed; not an object → 0. */
    private static long readCacheCreation(JsonReader r) {
        if (r.peek() != JsonReader.Kind.OBJECT) {
            r.skipValue();
            return 0;
        }
        long oneHour = 0;
        r.beginObject();
        while (r.nextMember()) {
            if (r.nameIs(EPHEMERAL_1H)) {
                oneHour = tokenCount(r);
            } else {
                r.skipValue();
            }
        }
        return oneHour;
    }

    /**
     * A token field: an integer 0..2^63-1, or null (= 0). Any other value is consumed and marked
     * {@link TranscriptLine.Usage#INVALID}: whether that makes the record malformed depends on
     * whether the record turns out to be a usage record, and on later duplicate members.
     */
    private static long tokenCount(JsonReader r) {
        switch (r.peek()) {
            case NULL -> {
                r.readNull();
                return 0;
            }
            case NUMBER -> {
                String literal = r.readNumberText();
                try {
                    return NumberText.nonNegativeInteger(literal);
                } catch (MalformedRecordException notAnInteger) {
                    return TranscriptLine.Usage.INVALID;
                }
            }
            default -> {
                r.skipValue();
                return TranscriptLine.Usage.INVALID;
            }
        }
    }

    private static String stringOrAbsent(JsonReader r) {
        return r.peek() == JsonReader.Kind.STRING ? r.readString() : skipped(r);
    }

    private static String numberOrAbsent(JsonReader r) {
        return r.peek() == JsonReader.Kind.NUMBER ? r.readNumberText() : skipped(r);
    }

    /** Skips a value of an unexpected type, which then counts as absent. */
    private static <T> T skipped(JsonReader r) {
        r.skipValue();
        return null;
    }

    private static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
