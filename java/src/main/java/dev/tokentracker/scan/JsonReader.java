package dev.tokentracker.scan;

import java.nio.charset.StandardCharsets;

/**
 * A strict, pull-style JSON reader over one record's bytes (a JSONL line or a whole JSON file).
 *
 * <p>Why not Jackson here: the contract (SPEC §2) calls a record malformed when it is not RFC 8259
 * JSON with valid Unicode — lone surrogates, NaN, invalid UTF-8 anywhere in the record — and the
 * native engine must reach the same verdict on every byte. This reader implements exactly that
 * grammar, the same one as {@code native/src/json.rs}, and never decodes what the caller skips:
 * a skipped string is only validated, so large tool outputs cost a scan, not an allocation.
 *
 * <p>Rules shared with the native reader (test vectors in {@code testdata/json/}):
 * <ul>
 *   <li>whitespace is space, tab, LF, CR; one UTF-8 byte-order mark may open the record (before
 *       any whitespace);
 *   <li>strings must be valid UTF-8 (the rules of Rust's {@code str::from_utf8}) with no raw
 *       control characters (U+0000–U+001F); {@code \\u} escapes must pair surrogates correctly
 *       (a high one immediately followed by an escaped low one);
 *   <li>numbers follow the RFC grammar exactly (no leading zeros, no NaN/Infinity, no '+'), see
 *       {@link NumberText#scanJsonNumber};
 *   <li>nesting deeper than {@value #MAX_DEPTH} is malformed (keeps both readers off the stack's edge);
 *   <li>after the value only whitespace may follow.
 * </ul>
 * Every method throws {@link MalformedRecordException} when the bytes break a rule. Calling a
 * method where the grammar does not allow it (say {@link #nextMember} inside an array) is a bug in
 * the caller and throws {@link IllegalStateException}.
 *
 * <p>Usage: read the top-level value with the pull methods (skip what is not needed with
 * {@link #skipValue}), iterate containers until {@link #nextMember}/{@link #nextElement} return
 * false, then call {@link #endRecord}. Stopping early leaves the rest of the record unchecked and
 * {@code endRecord} then reports it as malformed.
 */
public final class JsonReader {

    /** Deepest nesting accepted, counted in open objects and arrays. */
    public static final int MAX_DEPTH = 512;

    /** What the next value is, without consuming it. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, TRUE, FALSE, NULL }

    private final byte[] buf;
    private final int end;
    private int pos;
    /** Open containers; kinds in {@link #objectBits}. */
    private int depth;
    /** Start and end (exclusive) of the last member name's raw bytes, between the quotes. */
    private int nameStart;
    private int nameEnd;
    private boolean nameHasEscape;
    /**
     * True right after a container opened: its first member or element needs no comma. Closing a
     * container sets it to false, because the enclosing container has then had an entry.
     */
    private boolean first;
    /**
     * Kinds of the open containers, one bit per depth (1 = object): needed to match closing
     * brackets while skipping, and to know whether a comma introduces a member name.
     */
    private final long[] objectBits = new long[(MAX_DEPTH + 63) / 64];

    public JsonReader(byte[] buf, int start, int end) {
        this.buf = buf;
        this.end = end;
        this.pos = start;
        if (end - start >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB
                && buf[start + 2] == (byte) 0xBF) {
            this.pos = start + 3;
        }
    }

    public JsonReader(byte[] buf) {
        this(buf, 0, buf.length);
    }

    /** The kind of the next value; skips leading whitespace. */
    public Kind peek() {
        skipWhitespace();
        if (pos >= end) {
            throw fail("unexpected end of record");
        }
        return switch (buf[pos]) {
            case '{' -> Kind.OBJECT;
            case '[' -> Kind.ARRAY;
            case '"' -> Kind.STRING;
            case 't' -> Kind.TRUE;
            case 'f' -> Kind.FALSE;
            case 'n' -> Kind.NULL;
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> Kind.NUMBER;
            default -> throw fail("unexpected character");
        };
    }

    public void beginObject() {
        expectStart('{');
        enterContainer();
    }

    /**
     * Moves to the next member of the current object and reads its name; false when the object
     * ends (the closing brace is consumed). Use {@link #nameIs} or {@link #name} afterwards, then
     * read or skip the value.
     */
    public boolean nextMember() {
        requireInside(true, "nextMember");
        if (!step('}')) {
            return false;
        }
        expectNameQuote();
        nameStart = pos;
        pos = JsonString.scan(buf, pos, end);
        nameEnd = pos - 1;
        nameHasEscape = JsonString.hasEscape(buf, nameStart, nameEnd);
        expectColon();
        return true;
    }

    /**
     * True when the current member's name equals {@code key} (the UTF-8 bytes of the name as it
     * reads after decoding escapes; in practice a plain ASCII key). An unescaped name is compared
     * byte by byte, without decoding.
     */
    public boolean nameIs(byte[] key) {
        if (nameHasEscape) {
            return name().equals(new String(key, StandardCharsets.UTF_8));
        }
        int length = nameEnd - nameStart;
        if (length != key.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buf[nameStart + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    /** The current member's name, decoded. */
    public String name() {
        return JsonString.decode(buf, nameStart, nameEnd);
    }

    public void beginArray() {
        expectStart('[');
        enterContainer();
    }

    /** Moves to the next element of the current array; false when the array ends. */
    public boolean nextElement() {
        requireInside(false, "nextElement");
        return step(']');
    }

    /** Reads a string value, decoded. */
    public String readString() {
        expectStart('"');
        pos++;
        int start = pos;
        pos = JsonString.scan(buf, pos, end);
        return JsonString.decode(buf, start, pos - 1);
    }

    /** Reads a string value, or null for a JSON null; anything else is malformed. */
    public String readNullableString() {
        if (peek() == Kind.NULL) {
            readNull();
            return null;
        }
        return readString();
    }

    /**
     * Reads a token count: a JSON integer from 0 to 2^63-1, or null (= 0). Anything else —
     * a fraction, an exponent, a sign (even {@code -0}), a string — is malformed (SPEC §2).
     */
    public long readTokenCount() {
        Kind kind = peek();
        if (kind == Kind.NULL) {
            readNull();
            return 0;
        }
        if (kind != Kind.NUMBER) {
            throw fail("token count is not a number");
        }
        int start = pos;
        scanNumber();
        return NumberText.nonNegativeInteger(buf, start, pos);
    }

    /** Reads any number and returns its literal text (already validated). */
    public String readNumberText() {
        if (peek() != Kind.NUMBER) {
            throw fail("expected a number");
        }
        int start = pos;
        scanNumber();
        return new String(buf, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    public boolean readBoolean() {
        Kind kind = peek();
        if (kind == Kind.TRUE) {
            expectLiteral("true");
            return true;
        }
        if (kind == Kind.FALSE) {
            expectLiteral("false");
            return false;
        }
        throw fail("expected a boolean");
    }

    public void readNull() {
        if (peek() != Kind.NULL) {
            throw fail("expected null");
        }
        expectLiteral("null");
    }

    /**
     * Validates and discards the next value, however deeply nested. Iterative (no recursion), and
     * leaves the current member name alone: {@link #name} still answers for the member whose value
     * was skipped.
     */
    public void skipValue() {
        int base = depth;
        skipScalarOrOpen();
        while (depth > base) {
            if (stepInSkippedContainer()) {
                skipScalarOrOpen();
            }
        }
    }

    /**
     * Requires that the top-level value is complete and nothing but whitespace remains. Call after
     * the top-level value.
     */
    public void endRecord() {
        if (depth != 0) {
            throw fail("unterminated container");
        }
        skipWhitespace();
        if (pos != end) {
            throw fail("trailing characters after the value");
        }
    }

    // ---------------------------------------------------------------------------------------
    // Structure

    /** Consumes a scalar, or opens a container whose entries skipValue then walks. */
    private void skipScalarOrOpen() {
        switch (peek()) {
            case OBJECT, ARRAY -> enterContainer();
            case STRING -> pos = JsonString.scan(buf, pos + 1, end);
            case NUMBER -> scanNumber();
            case TRUE -> expectLiteral("true");
            case FALSE -> expectLiteral("false");
            case NULL -> expectLiteral("null");
        }
    }

    /**
     * Inside skipValue: moves to the next entry of the innermost open container, past the member
     * name in an object (true), or consumes the container's closing bracket (false).
     */
    private boolean stepInSkippedContainer() {
        boolean isObject = innermostIsObject();
        if (!step(isObject ? '}' : ']')) {
            return false;
        }
        if (isObject) {
            expectNameQuote();
            pos = JsonString.scan(buf, pos, end);
            expectColon();
        }
        return true;
    }

    /**
     * The step shared by nextMember, nextElement and skipValue: at the closing bracket of the
     * innermost container, consumes it and returns false; otherwise consumes the comma that must
     * separate entries (none before the first) and returns true. A closing bracket of the other
     * kind is never accepted: it is neither {@code close} nor a comma nor the start of a value.
     */
    private boolean step(char close) {
        skipWhitespace();
        if (pos >= end) {
            throw fail(close == '}' ? "unterminated object" : "unterminated array");
        }
        if (buf[pos] == close) {
            pos++;
            depth--;
            first = false;
            return false;
        }
        if (!first) {
            if (buf[pos] != ',') {
                throw fail("expected ',' or '" + close + "'");
            }
            pos++;
        }
        first = false;
        return true;
    }

    private void requireInside(boolean object, String method) {
        if (depth == 0 || innermostIsObject() != object) {
            throw new IllegalStateException(method + " called outside an " + (object ? "object" : "array"));
        }
    }

    private boolean innermostIsObject() {
        int d = depth - 1;
        return (objectBits[d >>> 6] & (1L << (d & 63))) != 0;
    }

    /** Opens the object or array whose bracket is at pos. */
    private void enterContainer() {
        boolean isObject = buf[pos] == '{';
        if (depth >= MAX_DEPTH) {
            throw fail("nesting deeper than " + MAX_DEPTH);
        }
        pos++;
        int d = depth;
        if (isObject) {
            objectBits[d >>> 6] |= 1L << (d & 63);
        } else {
            objectBits[d >>> 6] &= ~(1L << (d & 63));
        }
        depth++;
        first = true;
    }

    private void expectStart(char c) {
        skipWhitespace();
        if (pos >= end || buf[pos] != c) {
            throw fail("expected '" + c + "'");
        }
    }

    private void expectNameQuote() {
        skipWhitespace();
        if (pos >= end || buf[pos] != '"') {
            throw fail("expected a member name");
        }
        pos++;
    }

    private void expectColon() {
        skipWhitespace();
        if (pos >= end || buf[pos] != ':') {
            throw fail("expected ':'");
        }
        pos++;
    }

    private void expectLiteral(String literal) {
        int n = literal.length();
        if (end - pos < n) {
            throw fail("truncated literal");
        }
        for (int i = 0; i < n; i++) {
            if (buf[pos + i] != literal.charAt(i)) {
                throw fail("invalid literal");
            }
        }
        pos += n;
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte b = buf[pos];
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                pos++;
            } else {
                return;
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Scalars

    /** Validates a number literal at pos and moves past it. */
    private void scanNumber() {
        int after = NumberText.scanJsonNumber(buf, pos, end);
        if (after < 0) {
            throw fail("invalid number");
        }
        pos = after;
    }

    private MalformedRecordException fail(String reason) {
        return new MalformedRecordException(reason + " at byte " + pos);
    }
}
