package dev.tokentracker.source.gemini;

import dev.tokentracker.scan.JsonReader;
import dev.tokentracker.scan.MalformedRecordException;
import java.nio.charset.StandardCharsets;

/**
 * The members of one message object that the source needs; everything else is validated and
 * skipped. A member of an unexpected JSON type is null here (absent), and a repeated member name
 * replaces what the earlier one set.
 *
 * @param id        {@code id}, the message id (the dedup key within a session)
 * @param type      {@code type}: {@code user}, {@code gemini}, {@code info}, {@code error}, …
 * @param model     {@code model}
 * @param timestamp {@code timestamp}, as written (parsed only for usage records)
 * @param sessionId {@code sessionId}: only a JSONL header carries it
 * @param tokens    {@code tokens}, or null when absent or not an object
 */
record MessageFields(String id, String type, String model, String timestamp, String sessionId, Tokens tokens) {

    private static final byte[] ID = "id".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TYPE = "type".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MODEL = "model".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TIMESTAMP = "timestamp".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SESSION_ID = "sessionId".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOKENS = "tokens".getBytes(StandardCharsets.US_ASCII);

    /** A message that carries usage: a model turn with token counts and a model. */
    boolean isUsage() {
        return "gemini".equals(type) && tokens != null && model != null;
    }

    /** The first line of a JSONL session: it names the session and is not a message. */
    boolean isHeader() {
        return sessionId != null && type == null;
    }

    /** Reads one whole record (a JSONL line) that must be a single object. */
    static MessageFields readRecord(byte[] buf, int start, int end) {
        JsonReader reader = new JsonReader(buf, start, end);
        if (reader.peek() != JsonReader.Kind.OBJECT) {
            throw new MalformedRecordException("record is not an object");
        }
        MessageFields fields = read(reader);
        reader.endRecord();
        return fields;
    }

    /** Reads the object the reader is positioned at. */
    static MessageFields read(JsonReader reader) {
        String id = null;
        String type = null;
        String model = null;
        String timestamp = null;
        String sessionId = null;
        Tokens tokens = null;
        reader.beginObject();
        while (reader.nextMember()) {
            if (reader.nameIs(ID)) {
                id = optionalString(reader);
            } else if (reader.nameIs(TYPE)) {
                type = optionalString(reader);
            } else if (reader.nameIs(MODEL)) {
                model = optionalString(reader);
            } else if (reader.nameIs(TIMESTAMP)) {
                timestamp = optionalString(reader);
            } else if (reader.nameIs(SESSION_ID)) {
                sessionId = optionalString(reader);
            } else if (reader.nameIs(TOKENS)) {
                tokens = Tokens.read(reader);
            } else {
                reader.skipValue();
            }
        }
        return new MessageFields(id, type, model, timestamp, sessionId, tokens);
    }

    /** A string member's value, or null (after skipping it) when the value is not a string. */
    static String optionalString(JsonReader reader) {
        if (reader.peek() == JsonReader.Kind.STRING) {
            return reader.readString();
        }
        reader.skipValue();
        return null;
    }
}
