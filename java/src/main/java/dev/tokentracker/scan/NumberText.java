package dev.tokentracker.scan;

/**
 * The JSON number grammar and exact conversions of number literals. Kept apart from
 * {@link JsonReader} so that the CSV reader and {@link DecimalAmount}, which see the same kinds of
 * numbers in cells and strings, apply exactly the same rules.
 */
public final class NumberText {

    private NumberText() {
    }

    /**
     * Scans the RFC 8259 number literal that starts at {@code start}:
     * {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. Returns the position after
     * the longest such literal, or -1 when none starts there (e.g. {@code -}, {@code 1.},
     * {@code 1e}, {@code .5}). The literal ends at the first byte that cannot continue it, so
     * {@code 01} scans as {@code 0} and the caller then rejects the {@code 1} that follows.
     */
    static int scanJsonNumber(byte[] buf, int start, int end) {
        int p = start;
        if (p < end && buf[p] == '-') {
            p++;
        }
        if (p < end && buf[p] == '0') {
            p++;
        } else if (p < end && buf[p] >= '1' && buf[p] <= '9') {
            p = skipDigits(buf, p, end);
        } else {
            return -1;
        }
        if (p < end && buf[p] == '.') {
            int digits = p + 1;
            p = skipDigits(buf, digits, end);
            if (p == digits) {
                return -1;
            }
        }
        if (p < end && (buf[p] == 'e' || buf[p] == 'E')) {
            p++;
            if (p < end && (buf[p] == '+' || buf[p] == '-')) {
                p++;
            }
            int digits = p;
            p = skipDigits(buf, digits, end);
            if (p == digits) {
                return -1;
            }
        }
        return p;
    }

    /** True when the whole text is one JSON number literal. */
    static boolean isJsonNumber(String text) {
        byte[] bytes = ascii(text);
        return scanJsonNumber(bytes, 0, bytes.length) == bytes.length;
    }

    /**
     * The value of a literal that must be a plain non-negative integer within 0..2^63-1 (digits
     * only: no sign, fraction or exponent, no leading zero). Anything else is malformed.
     */
    public static long nonNegativeInteger(byte[] buf, int start, int end) {
        if (start >= end) {
            throw new MalformedRecordException("empty number");
        }
        if (buf[start] == '0' && end - start > 1) {
            throw new MalformedRecordException("leading zero in integer");
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = buf[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new MalformedRecordException("token count is not a non-negative integer");
            }
            // value * 10 + digit > 2^63-1, without a division per digit.
            if (value > Long.MAX_VALUE / 10 || (value == Long.MAX_VALUE / 10 && digit > Long.MAX_VALUE % 10)) {
                throw new MalformedRecordException("token count above 2^63-1");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** As {@link #nonNegativeInteger(byte[], int, int)}, for text (CSV cells). */
    public static long nonNegativeInteger(String text) {
        byte[] bytes = ascii(text);
        return nonNegativeInteger(bytes, 0, bytes.length);
    }

    /**
     * A millisecond time that may carry a fraction or exponent (OpenCode writes
     * {@code time.created} as a float): a JSON number literal, parsed as the nearest double and
     * truncated toward zero. Not a JSON number, negative, or after the year 9999: malformed.
     * (Correctly rounded parsing is what both Java's {@code Double.parseDouble} and Rust's
     * {@code str::parse::<f64>} do, so both engines get the same double.)
     */
    public static long truncatedMillis(String literal) {
        if (!isJsonNumber(literal)) {
            throw new MalformedRecordException("time is not a number");
        }
        double value = Double.parseDouble(literal);
        if (!(value >= 0) || value > Timestamps.MAX_MILLIS) {
            throw new MalformedRecordException("time out of range");
        }
        return (long) value;
    }

    private static int skipDigits(byte[] buf, int p, int end) {
        while (p < end && buf[p] >= '0' && buf[p] <= '9') {
            p++;
        }
        return p;
    }

    /** The text as bytes; a non-ASCII character becomes '?', which no number rule accepts. */
    private static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            bytes[i] = c < 128 ? (byte) c : (byte) '?';
        }
        return bytes;
    }
}
