package dev.tokentracker.scan;

import java.nio.charset.StandardCharsets;

/**
 * The string layer of {@link JsonReader}: validation of string contents (strict UTF-8, no raw
 * control characters, escapes with correctly paired surrogates) and decoding. Validation and
 * decoding are separate passes on purpose: most strings in a record are skipped, and a skipped
 * string is only validated, never decoded.
 */
final class JsonString {

    private static final long QUOTES = ByteSearch.broadcast((byte) '"');
    private static final long BACKSLASHES = ByteSearch.broadcast((byte) '\\');
    private static final long HIGH_BITS = 0x8080808080808080L;

    private JsonString() {
    }

    /**
     * Validates string contents from {@code p} (just after the opening quote) up to and
     * including the closing quote; returns the position after the closing quote.
     */
    static int scan(byte[] buf, int p, int end) {
        while (true) {
            p = skipPlainAscii(buf, p, end);
            if (p >= end) {
                throw fail("unterminated string", p);
            }
            int b = buf[p] & 0xFF;
            if (b == '"') {
                return p + 1;
            }
            if (b == '\\') {
                p = scanEscape(buf, p + 1, end);
            } else if (b < 0x20) {
                throw fail("raw control character in string", p);
            } else if (b < 0x80) {
                p++;
            } else {
                int next = Utf8.skipMultiByte(buf, p, end);
                if (next < 0) {
                    throw fail("invalid UTF-8", p);
                }
                p = next;
            }
        }
    }

    /**
     * The first position from {@code p} that is not plain ASCII (a quote, a backslash, a control
     * character or a non-ASCII byte), looked for eight bytes at a time; or a position in the last
     * seven bytes before {@code end}, left to the byte loop. Most string bytes of a record (message
     * text, tool input) are plain ASCII, and a byte loop is slow under C1 (see {@link ByteSearch}).
     */
    private static int skipPlainAscii(byte[] buf, int p, int end) {
        for (; p <= end - 8; p += 8) {
            long word = ByteSearch.load(buf, p);
            long special = ByteSearch.zeroBytes(word ^ QUOTES) | ByteSearch.zeroBytes(word ^ BACKSLASHES)
                    | ByteSearch.bytesBelow(word, 0x20) | word & HIGH_BITS;
            if (special != 0) {
                return p + ByteSearch.firstMarked(special);
            }
        }
        return p;
    }

    /** Validates one escape starting after the backslash; returns the position after it. */
    private static int scanEscape(byte[] buf, int p, int end) {
        if (p >= end) {
            throw fail("truncated escape", p);
        }
        switch (buf[p]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return p + 1;
            }
            case 'u' -> {
                int unit = hex4(buf, p + 1, end);
                p += 5;
                if (isHighSurrogate(unit)) {
                    // The pair must be written as two adjacent escapes: "\\uD83D\\uDE00".
                    if (end - p < 2 || buf[p] != '\\' || buf[p + 1] != 'u'
                            || !isLowSurrogate(hex4(buf, p + 2, end))) {
                        throw fail("lone high surrogate", p);
                    }
                    return p + 6;
                }
                if (isLowSurrogate(unit)) {
                    throw fail("lone low surrogate", p);
                }
                return p;
            }
            default -> throw fail("invalid escape", p);
        }
    }

    /** True when the validated string bytes [start, stop) contain an escape. */
    static boolean hasEscape(byte[] buf, int start, int stop) {
        for (int p = start; p < stop; p++) {
            if (buf[p] == '\\') {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes validated string bytes [start, stop). Runs without escapes are copied as UTF-8 (a
     * backslash is ASCII, so a run never splits a multi-byte sequence); an escaped surrogate pair
     * becomes one code point.
     */
    static String decode(byte[] buf, int start, int stop) {
        if (!hasEscape(buf, start, stop)) {
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
            p = decodeEscape(buf, p + 1, out);
            run = p;
        }
        out.append(new String(buf, run, stop - run, StandardCharsets.UTF_8));
        return out.toString();
    }

    /** Appends the character of the validated escape whose letter is at p; returns the position after it. */
    private static int decodeEscape(byte[] buf, int p, StringBuilder out) {
        byte e = buf[p];
        switch (e) {
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                int unit = hex4(buf, p + 1, buf.length);
                if (!isHighSurrogate(unit)) {
                    out.append((char) unit);
                    return p + 5;
                }
                int low = hex4(buf, p + 7, buf.length);
                out.appendCodePoint(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                return p + 11;
            }
            default -> out.append((char) e); // '"', '\\', '/'
        }
        return p + 1;
    }

    private static boolean isHighSurrogate(int unit) {
        return unit >= 0xD800 && unit <= 0xDBFF;
    }

    private static boolean isLowSurrogate(int unit) {
        return unit >= 0xDC00 && unit <= 0xDFFF;
    }

    /** The value of the four hex digits (either case) at p. */
    private static int hex4(byte[] buf, int p, int end) {
        if (end - p < 4) {
            throw fail("truncated \\u escape", p);
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = hexDigit(buf[p + i]);
            if (digit < 0) {
                throw fail("invalid \\u escape", p);
            }
            value = value << 4 | digit;
        }
        return value;
    }

    private static int hexDigit(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    private static MalformedRecordException fail(String reason, int at) {
        return new MalformedRecordException(reason + " at byte " + at);
    }
}
