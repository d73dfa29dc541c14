package dev.tokentracker.source.opencode;

import dev.tokentracker.scan.JsonReader;
import dev.tokentracker.scan.MalformedRecordException;
import dev.tokentracker.scan.NumberText;
import dev.tokentracker.source.opencode.MessageFields.TokenCounts;
import java.nio.charset.StandardCharsets;

/**
 * Reads one OpenCode message JSON (a whole message file, or the {@code data} column of a store
 * row) into {@link MessageFields}. The whole record is always read, so any syntax error anywhere
 * makes it malformed; the field rules (which values are usable) are applied here, whether the
 * record is usage is decided by the caller.
 *
 * <p>A repeated member replaces the earlier one entirely: a second {@code tokens} or {@code time}
 * object starts from nothing, so nothing the first one set survives.
 */
final class MessageJson {

    private static final byte[] ID = ascii("id");
    private static final byte[] SESSION_ID = ascii("sessionID");
    private static final byte[] ROLE = ascii("role");
    private static final byte[] MODEL_ID = ascii("modelID");
    private static final byte[] PROVIDER_ID = ascii("providerID");
    private static final byte[] COST = ascii("cost");
    private static final byte[] TOKENS = ascii("tokens");
    private static final byte[] TIME = ascii("time");
    private static final byte[] CREATED = ascii("created");
    private static final byte[] INPUT = ascii("input");
    private static final byte[] OUTPUT = ascii("output");
    private static final byte[] REASONING = ascii("reasoning");
    private static final byte[] TOTAL = ascii("total");
    private static final byte[] CACHE = ascii("cache");
    private static final byte[] READ = ascii("read");
    private static final byte[] WRITE = ascii("write");

    private MessageJson() {
    }

    /** @throws MalformedRecordException when the bytes are not one JSON object */
    static MessageFields read(byte[] record) {
        JsonReader reader = new JsonReader(record);
        MessageFields fields = new MessageFields();
        reader.beginObject();
        while (reader.nextMember()) {
            if (reader.nameIs(ID)) {
                fields.id = stringOrNull(reader);
            } else if (reader.nameIs(SESSION_ID)) {
                fields.sessionId = stringOrNull(reader);
            } else if (reader.nameIs(ROLE)) {
                fields.role = stringOrNull(reader);
            } else if (reader.nameIs(MODEL_ID)) {
                fields.modelId = stringOrNull(reader);
            } else if (reader.nameIs(PROVIDER_ID)) {
                fields.providerId = stringOrNull(reader);
            } else if (reader.nameIs(COST)) {
                fields.costText = numberTextOrNull(reader);
            } else if (reader.nameIs(TOKENS)) {
                fields.tokens = tokensOrNull(reader);
            } else if (reader.nameIs(TIME)) {
                fields.createdMs = created(reader);
            } else {
                reader.skipValue();
            }
        }
        reader.endRecord();
        return fields;
    }

    private static TokenCounts tokensOrNull(JsonReader reader) {
        if (reader.peek() != JsonReader.Kind.OBJECT) {
            reader.skipValue();
            return null;
        }
        TokenCounts tokens = new TokenCounts();
        reader.beginObject();
        while (reader.nextMember()) {
            if (reader.nameIs(INPUT)) {
                tokens.input = count(reader);
            } else if (reader.nameIs(OUTPUT)) {
                tokens.output = count(reader);
            } else if (reader.nameIs(REASONING)) {
                tokens.reasoning = count(reader);
            } else if (reader.nameIs(TOTAL)) {
                tokens.total = total(reader);
            } else if (reader.nameIs(CACHE)) {
                readCache(reader, tokens);
            } else {
                reader.skipValue();
            }
        }
        return tokens;
    }

    /** Reads {@code tokens.cache}; a repeated or non-object {@code cache} resets both counts. */
    private static void readCache(JsonReader reader, TokenCounts tokens) {
        tokens.cacheRead = 0;
        tokens.cacheWrite = 0;
        if (reader.peek() != JsonReader.Kind.OBJECT) {
            reader.skipValue();
            return;
        }
        reader.beginObject();
        while (reader.nextMember()) {
            if (reader.nameIs(READ)) {
                tokens.cacheRead = count(reader);
            } else if (reader.nameIs(WRITE)) {
                tokens.cacheWrite = count(reader);
            } else {
                reader.skipValue();
            }
        }
    }

    /**
     * A token count: an integer from 0 to 2^63-1, null (= 0), or {@link MessageFields#INVALID}
     * for anything else. Invalid is not thrown at once: it only makes a usage record malformed,
     * and whether this record is usage is known only once all of it has been read.
     */
    private static long count(JsonReader reader) {
        return switch (reader.peek()) {
            case NULL -> {
                reader.readNull();
                yield 0;
            }
            case NUMBER -> integerOrInvalid(reader.readNumberText());
            default -> {
                reader.skipValue();
                yield MessageFields.INVALID;
            }
        };
    }

    /** {@code tokens.total}: as a count, except that null says nothing, like a missing total. */
    private static long total(JsonReader reader) {
        if (reader.peek() == JsonReader.Kind.NULL) {
            reader.readNull();
            return MessageFields.ABSENT;
        }
        return count(reader);
    }

    private static long integerOrInvalid(String numberText) {
        try {
            return NumberText.nonNegativeInteger(numberText);
        } catch (MalformedRecordException notAnInteger) {
            return MessageFields.INVALID;
        }
    }

    /**
     * {@code time.created} in Unix ms: a JSON number, possibly with a fraction (truncated). Any
     * other value, or a number out of range, is {@link MessageFields#ABSENT}; the caller decides
     * what a missing time means (malformed for a JSON file, the row's column in the store).
     */
    private static long created(JsonReader reader) {
        if (reader.peek() != JsonReader.Kind.OBJECT) {
            reader.skipValue();
            return MessageFields.ABSENT;
        }
        long created = MessageFields.ABSENT;
        reader.beginObject();
        while (reader.nextMember()) {
            if (reader.nameIs(CREATED)) {
                created = millisOrAbsent(reader);
            } else {
                reader.skipValue();
            }
        }
        return created;
    }

    private static long millisOrAbsent(JsonReader reader) {
        if (reader.peek() != JsonReader.Kind.NUMBER) {
            reader.skipValue();
            return MessageFields.ABSENT;
        }
        String text = reader.readNumberText();
        try {
            return NumberText.truncatedMillis(text);
        } catch (MalformedRecordException outOfRange) {
            return MessageFields.ABSENT;
        }
    }

    private static String stringOrNull(JsonReader reader) {
        if (reader.peek() != JsonReader.Kind.STRING) {
            reader.skipValue();
            return null;
        }
        return reader.readString();
    }

    private static String numberTextOrNull(JsonReader reader) {
        if (reader.peek() != JsonReader.Kind.NUMBER) {
            reader.skipValue();
            return null;
        }
        return reader.readNumberText();
    }

    private static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
