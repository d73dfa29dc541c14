package dev.tokentracker.scan;

/**
 * Exact conversions of validated JSON number literals. Kept apart from {@link JsonReader} so that
 * the CSV reader, which sees the same kinds of numbers in cells, applies the same rules.
 */
public final class NumberText {

    private NumberText() {
    }

    /**
     * The value of a literal that must be a plain non-negative integer within 0..2^63-1 (digits
     * only: no sign, fraction or exponent). Anything else is malformed.
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
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw new MalformedRecordException("token count above 2^63-1");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** As {@link #nonNegativeInteger(byte[], int, int)}, for text (CSV cells). */
    public static long nonNegativeInteger(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            bytes[i] = c < 128 ? (byte) c : (byte) '?';
        }
        return nonNegativeInteger(bytes, 0, bytes.length);
    }

    /**
     * A millisecond time that may carry a fraction or exponent (OpenCode writes
     * {@code time.created} as a float): parsed as a double and truncated toward zero. Negative,
     * non-finite values and times after the year 9999 are malformed.
     */
    public static long truncatedMillis(String literal) {
        double value = Double.parseDouble(literal);
        if (!(value >= 0) || value > Timestamps.MAX_MILLIS) {
            throw new MalformedRecordException("time out of range");
        }
        return (long) value;
    }
}
