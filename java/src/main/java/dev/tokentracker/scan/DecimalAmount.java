package dev.tokentracker.scan;

/**
 * Exact decimal amounts of US dollars, converted to integer picodollars (10^-12 USD).
 *
 * <p>Every cost in the tool is an integer count of picodollars so that sums do not depend on
 * the order of addition, the thread count or the engine (SPEC §7, determinism). Rates and
 * reported costs arrive as decimal text; they are converted here exactly, rounding half to even
 * at the twelfth decimal, without going through binary floating point. The native engine uses
 * the same digit-by-digit algorithm ({@code native/src/money.rs}).
 */
public final class DecimalAmount {

    /** Returned when the text is not a non-negative decimal amount within range. */
    public static final long NOT_AN_AMOUNT = -1;

    private static final int PICO_DIGITS = 12;
    /** Picodollar values have at most 18 digits, so they always fit a long. */
    private static final int MAX_DIGITS = 18;

    private DecimalAmount() {
    }

    /**
     * Converts a non-negative decimal in JSON number syntax ({@code 12}, {@code 0.0074},
     * {@code 3e-06}) to picodollars, or {@link #NOT_AN_AMOUNT} when it is negative, not a number,
     * or too large: a single amount must stay below 10^18 picodollars (one million dollars).
     */
    public static long toPicos(String text) {
        int n = text.length();
        int p = 0;
        StringBuilder digits = new StringBuilder(n);
        int fractionDigits = 0;
        int intStart = p;
        while (p < n && isDigit(text.charAt(p))) {
            digits.append(text.charAt(p++));
        }
        if (p == intStart) {
            return NOT_AN_AMOUNT;
        }
        if (p < n && text.charAt(p) == '.') {
            p++;
            int fracStart = p;
            while (p < n && isDigit(text.charAt(p))) {
                digits.append(text.charAt(p++));
            }
            fractionDigits = p - fracStart;
            if (fractionDigits == 0) {
                return NOT_AN_AMOUNT;
            }
        }
        long exponent = 0;
        if (p < n && (text.charAt(p) == 'e' || text.charAt(p) == 'E')) {
            p++;
            boolean negative = false;
            if (p < n && (text.charAt(p) == '+' || text.charAt(p) == '-')) {
                negative = text.charAt(p) == '-';
                p++;
            }
            int expStart = p;
            while (p < n && isDigit(text.charAt(p))) {
                // Saturate: anything beyond ±10^6 is far outside the representable range anyway.
                exponent = Math.min(exponent * 10 + (text.charAt(p) - '0'), 1_000_000);
                p++;
            }
            if (p == expStart) {
                return NOT_AN_AMOUNT;
            }
            exponent = negative ? -exponent : exponent;
        }
        if (p != n) {
            return NOT_AN_AMOUNT;
        }
        return scale(stripLeadingZeros(digits), exponent - fractionDigits + PICO_DIGITS);
    }

    /**
     * A Cursor CSV cost cell: a decimal optionally written as {@code $0.12} or with thousands
     * separators ({@code 1,234.50}); anything else ({@code Included}, {@code -}, {@code Free},
     * empty) is {@link #NOT_AN_AMOUNT}.
     */
    public static long csvCellToPicos(String cell) {
        String text = cell.strip();
        if (text.startsWith("$")) {
            text = text.substring(1);
        }
        return toPicos(text.replace(",", ""));
    }

    /** digits × 10^shift, rounded half to even, or NOT_AN_AMOUNT when too large. */
    private static long scale(String digits, long shift) {
        if (digits.isEmpty()) {
            return 0;
        }
        if (shift >= 0) {
            if (digits.length() + shift > MAX_DIGITS) {
                return NOT_AN_AMOUNT;
            }
            long value = Long.parseLong(digits);
            for (long i = 0; i < shift; i++) {
                value *= 10;
            }
            return value;
        }
        long drop = -shift;
        if (drop > digits.length()) {
            // Everything is below half a picodollar except possibly a leading digit exactly at
            // the half position, which needs drop == length; here the value is < 0.1 pico.
            return 0;
        }
        int keep = digits.length() - (int) drop;
        if (keep > MAX_DIGITS) {
            return NOT_AN_AMOUNT;
        }
        long value = keep == 0 ? 0 : Long.parseLong(digits.substring(0, keep));
        int firstDropped = digits.charAt(keep) - '0';
        boolean restNonZero = false;
        for (int i = keep + 1; i < digits.length(); i++) {
            if (digits.charAt(i) != '0') {
                restNonZero = true;
                break;
            }
        }
        boolean roundUp = firstDropped > 5 || (firstDropped == 5 && (restNonZero || (value & 1) == 1));
        if (roundUp) {
            value++;
            if (Long.toString(value).length() > MAX_DIGITS) {
                return NOT_AN_AMOUNT;
            }
        }
        return value;
    }

    private static String stripLeadingZeros(StringBuilder digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
