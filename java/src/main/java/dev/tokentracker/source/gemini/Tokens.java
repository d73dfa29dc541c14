package dev.tokentracker.source.gemini;

import dev.tokentracker.scan.JsonReader;
import dev.tokentracker.scan.MalformedRecordException;
import dev.tokentracker.scan.NumberText;
import java.nio.charset.StandardCharsets;

/**
 * The token counts of one message as Gemini writes them: {@code tokens.input} (which includes
 * {@code cached}), {@code output}, {@code cached}, {@code thoughts} and {@code tool}.
 * {@code tokens.total} is not read: it is only the sum of the others.
 *
 * <p>A count that is not an integer 0..2^63-1 is held as {@link #INVALID} instead of failing the
 * read, because whether it matters is only known once the whole message is read: it makes a
 * usage record malformed, and means nothing on a message that is not usage. Missing or null
 * counts are 0.
 */
record Tokens(long input, long output, long cached, long thoughts, long tool) {

    /** A count that broke the token rule; every real count is at least 0. */
    static final long INVALID = -1;

    private static final byte[] INPUT = "input".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OUTPUT = "output".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CACHED = "cached".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] THOUGHTS = "thoughts".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOOL = "tool".getBytes(StandardCharsets.US_ASCII);

    /** True when every count is a valid token count. */
    boolean valid() {
        return input >= 0 && output >= 0 && cached >= 0 && thoughts >= 0 && tool >= 0;
    }

    /**
     * Reads the value of a {@code tokens} member. Returns null when it is not an object (a member
     * of an unexpected type counts as absent). A repeated count name: the last one wins.
     */
    static Tokens read(JsonReader reader) {
        if (reader.peek() != JsonReader.Kind.OBJECT) {
            reader.skipValue();
            return null;
        }
        long input = 0;
        long output = 0;
        long cached = 0;
        long thoughts = 0;
        long tool = 0;
        reader.beginObject();
        while (reader.nextMember()) {
            if (reader.nameIs(INPUT)) {
                input = readCount(reader);
            } else if (reader.nameIs(OUTPUT)) {
                output = readCount(reader);
            } else if (reader.nameIs(CACHED)) {
                cached = readCount(reader);
            } else if (reader.nameIs(THOUGHTS)) {
                thoughts = readCount(reader);
            } else if (reader.nameIs(TOOL)) {
                tool = readCount(reader);
            } else {
                reader.skipValue();
            }
        }
        return new Tokens(input, output, cached, thoughts, tool);
    }

    /**
     * One count: null is 0; a number must be a plain integer 0..2^63-1; anything else (a string,
     * a fraction, a negative) is {@link #INVALID}. The value is always consumed, so the record's
     * JSON validity is still checked to its end.
     */
    private static long readCount(JsonReader reader) {
        JsonReader.Kind kind = reader.peek();
        if (kind == JsonReader.Kind.NULL) {
            reader.readNull();
            return 0;
        }
        if (kind != JsonReader.Kind.NUMBER) {
            reader.skipValue();
            return INVALID;
        }
        String literal = reader.readNumberText();
        try {
            return NumberText.nonNegativeInteger(literal);
        } catch (MalformedRecordException notATokenCount) {
            return INVALID;
        }
    }
}
