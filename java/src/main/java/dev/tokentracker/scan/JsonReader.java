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
 *   <li>whitespace is space, tab, LF, CR; one UTF-8 byte-order mark may open the record;
 *   <li>strings must be valid UTF-8 with no raw control characters; {@code \\u} escapes must pair
 *       surrogates correctly;
 *   <li>numbers follow the RFC grammar exactly (no leading zeros, no NaN/Infinity, no '+');
 *   <li>nesting deeper than {@value #MAX_DEPTH} is malformed (keeps both readers off the stack's edge);
 *   <li>after the value only whitespace may follow.
 * </ul>
 * Every method throws {@link MalformedRecordException} when the bytes break a rule.
 */
public final class JsonReader {

    /** Deepest nesting accepted, counted in open objects and arrays. */
    public static final int MAX_DEPTH = 512;

    /** What the next value is, without consuming it. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, TRUE, FALSE, NULL }

    private final byte[] buf;
    private final int end;
    private int pos;
    private int depth;
    /** Start and end (exclusive) of the last member name's raw bytes, between the quotes. */
    private int nameStart;
    private int nameEnd;
    private boolean nameHasEscape;
    /** True right after beginObject/beginArray: the next member or element needs no comma. */
    private boolean first;

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
        skipWhitespace();
        if (pos >= end) {
            throw fail("unterminated object");
        }
        if (buf[pos] == '}') {
            pos++;
            depth--;
            first = false;
            return false;
        }
        if (!first) {
            if (buf[pos] != ',') {
                throw fail("expected ',' or '}'");
            }
            pos++;
            skipWhitespace();
        }
        first = false;
        if (pos >= end || buf[pos] != '"') {
            throw fail("expected a member name");
        }
        pos++;
        nameStart = pos;
        nameHasEscape = scanString();
        nameEnd = pos - 1;
        skipWhitespace();
        if (pos >= end || buf[pos] != ':') {
            throw fail("expected ':'");
        }
        pos++;
        return true;
    }

    /** True when the current member's name equals {@code ascii} (a plain ASCII key). */
    public boolean nameIs(byte[] ascii) {
        if (nameHasEscape) {
            return name().equals(new String(ascii, StandardCharsets.ISO_8859_1));
        }
        int length = nameEnd - nameStart;
        if (length != ascii.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buf[nameStart + i] != ascii[i]) {
                return false;
            }
        }
        return true;
    }

    /** The current member's name, decoded. */
    public String name() {
        return decode(nameStart, nameEnd, nameHasEscape);
    }

    public void beginArray() {
        expectStart('[');
        enterContainer();
    }

    /** Moves to the next element of the current array; false when the array ends. */
    public boolean nextElement() {
        skipWhitespace();
        if (pos >= end) {
            throw fail("unterminated array");
        }
        if (buf[pos] == ']') {
            pos++;
            depth--;
            first = false;
            return false;
        }
        if (!first) {
            if (buf[pos] != ',') {
                throw fail("expected ',' or ']'");
            }
            pos++;
        }
        first = false;
        return true;
    }

    /** Reads a string value, decoded. */
    public String readString() {
        expectStart('"');
        pos++;
        int start = pos;
        boolean escaped = scanString();
        return decode(start, pos - 1, escaped);
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
     * a fraction, an exponent, a sign, a string — is malformed (SPEC §2).
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

    /** Validates and discards the next value, however deeply nested. */
    public void skipValue() {
        int base = depth;
        do {
            Kind kind = peek();
            switch (kind) {
                case OBJECT -> {
                    beginObject();
                    if (nextMember()) {
                        continue;
                    }
                }
                case ARRAY -> {
                    beginArray();
                    if (nextElement()) {
                        continue;
                    }
                }
                case STRING -> {
                    pos++;
                    scanString();
                }
                case NUMBER -> scanNumber();
                case TRUE -> expectLiteral("true");
                case FALSE -> expectLiteral("false");
                case NULL -> expectLiteral("null");
            }
            // A scalar (or an empty container) is done; walk out of finished containers.
            while (depth > base && !advanceInContainer()) {
                // advanceInContainer consumed a closing bracket; keep closing.
            }
        } while (depth > base);
    }

    /** Requires that nothing but whitespace remains. Call after the top-level value. */
    public void endRecord() {
        skipWhitespace();
        if (pos != end) {
            throw fail("trailing characters after the value");
        }
    }

    // ---------------------------------------------------------------------------------------

    /**
     * Inside skipValue: moves to the next member/element of the innermost open container.
     * Returns true when there is one (positioned at its value), false when the container closed.
     */
    private boolean advanceInContainer() {
        skipWhitespace();
        if (pos >= end) {
            throw fail("unterminated container");
        }
        // The innermost container's kind is not tracked; the closing byte tells which it was and
        // a comma is followed by a name only inside objects. Track via lookahead at the comma.
        byte b = buf[pos];
        if (b == '}' || b == ']') {
            closeContainer(b);
            return false;
        }
        if (b != ',') {
            throw fail("expected ',' or a closing bracket");
        }
        pos++;
        if (containerIsObject()) {
            skipWhitespace();
            if (pos >= end || buf[pos] != '"') {
                throw fail("expected a member name");
            }
            pos++;
            scanString();
            skipWhitespace();
            if (pos >= end || buf[pos] != ':') {
                throw fail("expected ':'");
            }
            pos++;
        }
        return true;
    }

    // Container kinds of the open containers, one bit per depth (1 = object). Needed only to
    // match closing brackets and to know whether a comma introduces a member name.
    private final long[] objectBits = new long[(MAX_DEPTH + 63) / 64 + 1];

    private boolean containerIsObject() {
        int d = depth - 1;
        return (objectBits[d >>> 6] & (1L << (d & 63))) != 0;
    }

    private void closeContainer(byte closing) {
        boolean isObject = containerIsObject();
        if ((closing == '}') != isObject) {
            throw fail("mismatched closing bracket");
        }
        pos++;
        depth--;
    }

    private void expectStart(char c) {
        skipWhitespace();
        if (pos >= end || buf[pos] != c) {
            throw fail("expected '" + c + "'");
        }
    }

    private void enterContainer() {
        boolean isObject = buf[pos] == '{';
        pos++;
        if (depth >= MAX_DEPTH) {
            throw fail("nesting deeper than " + MAX_DEPTH);
        }
        int d = depth;
        if (isObject) {
            objectBits[d >>> 6] |= 1L << (d & 63);
        } else {
            objectBits[d >>> 6] &= ~(1L << (d & 63));
        }
        depth++;
        first = true;
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

    /** Validates a number literal at pos and moves past it. */
    private void scanNumber() {
        int p = pos;
        if (p < end && buf[p] == '-') {
            p++;
        }
        if (p >= end) {
            throw fail("truncated number");
        }
        if (buf[p] == '0') {
            p++;
        } else if (buf[p] >= '1' && buf[p] <= '9') {
            while (p < end && isDigit(buf[p])) {
                p++;
            }
        } else {
            throw fail("invalid number");
        }
        if (p < end && buf[p] == '.') {
            p++;
            int digits = p;
            while (p < end && isDigit(buf[p])) {
                p++;
            }
            if (p == digits) {
                throw fail("invalid number: no digits after '.'");
            }
        }
        if (p < end && (buf[p] == 'e' || buf[p] == 'E')) {
            p++;
            if (p < end && (buf[p] == '+' || buf[p] == '-')) {
                p++;
            }
            int digits = p;
            while (p < end && isDigit(buf[p])) {
                p++;
            }
            if (p == digits) {
                throw fail("invalid number: empty exponent");
            }
        }
        pos = p;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /**
     * Validates string contents from pos (just after the opening quote) up to and including the
     * closing quote. Returns whether the string contains escapes.
     */
    private boolean scanString() {
        boolean escaped = false;
        int p = pos;
        while (true) {
            if (p >= end) {
                throw fail("unterminated string");
            }
            int b = buf[p] & 0xFF;
            if (b == '"') {
                pos = p + 1;
                return escaped;
            }
            if (b == '\\') {
                escaped = true;
                p = scanEscape(p + 1);
            } else if (b < 0x20) {
                throw fail("raw control character in string");
            } else if (b < 0x80) {
                p++;
            } else {
                p = Utf8.skipMultiByte(buf, p, end);
                if (p < 0) {
                    throw fail("invalid UTF-8");
                }
            }
        }
    }

    /** Validates one escape starting after the backslash; returns the position after it. */
    private int scanEscape(int p) {
        if (p >= end) {
            throw fail("truncated escape");
        }
        switch (buf[p]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return p + 1;
            }
            case 'u' -> {
                int unit = hex4(p + 1);
                p += 5;
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    if (end - p < 6 || buf[p] != '\\' || buf[p + 1] != 'u') {
                        throw fail("lone high surrogate");
                    }
                    int low = hex4(p + 2);
                    if (low < 0xDC00 || low > 0xDFFF) {
                        throw fail("lone high surrogate");
                    }
                    return p + 6;
                }
                if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    throw fail("lone low surrogate");
                }
                return p;
            }
            default -> throw fail("invalid escape");
        }
    }

    private int hex4(int p) {
        if (end - p < 4) {
            throw fail("truncated \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(buf[p + i], 16);
            if (digit < 0) {
                throw fail("invalid \\u escape");
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /** Decodes validated string bytes [start, end). */
    private String decode(int start, int stop, boolean escaped) {
        if (!escaped) {
            return new String(buf, start, stop - start, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder(stop - start);
        int p = start;
        int run = start;
        while (p < stop) {
            if (buf[p] != '\\') {
                p++;
                continue;
            }
            out.append(new String(buf, run, p - run, StandardCharsets.UTF_8));
            byte e = buf[p + 1];
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) hex4(p + 2));
                    p += 4;
                }
                default -> out.append((char) e);
            }
            p += 2;
            run = p;
        }
        out.append(new String(buf, run, stop - run, StandardCharsets.UTF_8));
        return out.toString();
    }

    private MalformedRecordException fail(String reason) {
        return new MalformedRecordException(reason + " at byte " + pos);
    }
}
