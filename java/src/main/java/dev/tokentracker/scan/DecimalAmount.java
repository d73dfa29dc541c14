package dev.tokentracker.scan;

import java.nio.charset.StandardCharsets;

/**
 * Exact decimal amounts of US dollars, converted to integer picodollars (10^-12 USD).
 *
 * <p>Every cost in the tool is an integer count of picodollars so that sums do not depend on
 * the order of addition, the thread count or the engine (SPEC §7, determinism). Rates and
 * reported costs arrive as decimal text; they are converted here exactly, rounding half to even
 * at the twelfth decimal, without going through binary floating point. The native engine uses
 * the same digit-by-digit algorithm ({@code native/src/money.rs}); the vectors are in
 * {@code testdata/amounts/cases.tsv}.
 */
public final class DecimalAmount {

    /** Returned when the text is not a non-negative decimal amount within range. */
    public static final long NOT_AN_AMOUNT = -1;

    private static final int PICO_DIGITS = 12;
    /** Picodollar values have at most 18 digits, so they always fit a long. */
    private static final int MAX_DIGITS = 18;
    /**
     * Exponents saturate here. The bound is far beyond any text length (and so beyond any count of
     * digits), so a saturated exponent gives the same answer as the exact one: too large, or
     * rounded to 0. It also keeps every shift computation far inside a long.
     */
    private static final long EXPONENT_LIMIT = 1_000_000_000_000L;
    /** 10^0 … 10^12. */
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    private DecimalAmount() {
    }

    /**
     * Converts a non-negative decimal in JSON number syntax ({@code 12}, {@code 0.0074},
     * {@code 3e-06}; no leading zeros, no '+', no surrounding spaces) to picodollars, or
     * {@link #NOT_AN_AMOUNT} when it is negative (any '-' sign, even on zero), not a JSON number,
     * or too large: a single amount must stay below 10^18 picodollars (one million dollars), after
     * rounding.
     */
    public static long toPicos(String text) {
        if (text.isEmpty() || text.charAt(0) == '-' || !NumberText.isJsonNumber(text)) {
            return NOT_AN_AMOUNT;
        }
        // The grammar is checked: what follows only splits the literal into its parts.
        int n = text.length();
        int p = 0;
        StringBuilder digits = new StringBuilder(n);
        while (p < n && isDigit(text.charAt(p))) {
            digits.append(text.charAt(p++));
        }
        int fractionDigits = 0;
        if (p < n && text.charAt(p) == '.') {
            p++;
            while (p < n && isDigit(text.charAt(p))) {
                digits.append(text.charAt(p++));
                fractionDigits++;
            }
        }
        long exponent = 0;
        if (p < n) { // 'e' or 'E'
            p++;
            boolean negative = text.charAt(p) == '-';
            if (text.charAt(p) == '+' || negative) {
                p++;
            }
            while (p < n) {
                exponent = Math.min(exponent * 10 + (text.charAt(p++) - '0'), EXPONENT_LIMIT);
            }
            exponent = negative ? -exponent : exponent;
        }
        return scale(stripLeadingZeros(digits), exponent - fractionDigits + PICO_DIGITS);
    }

    /**
     * A Cursor CSV cost cell: a decimal as {@link #toPicos} reads it, optionally preceded by
     * {@code $} and with thousands separators in the integer part ({@code 1,234.50}: one to three
     * digits, then groups of exactly three). Surrounding ASCII whitespace (space, tab, LF, CR, FF —
     * Rust's {@code trim_ascii}) is ignored. Anything else ({@code Included}, {@code -},
     * {@code Free}, empty, a decimal comma like {@code 0,5}) is {@link #NOT_AN_AMOUNT}.
     */
    public static long csvCellToPicos(String cell) {
        String text = trimAsciiWhitespace(cell);
        if (text.startsWith("$")) {
            text = text.substring(1);
        }
        String plain = withoutThousandsSeparators(text);
        return plain == null ? NOT_AN_AMOUNT : toPicos(plain);
    }

    /**
     * As {@link #csvCellToPicos(String)}, for a cell given as valid UTF-8 bytes. The usual cell, a
     * plain decimal such as {@code 0.27} or {@code 12}, is read straight from the bytes; anything
     * else is decoded and goes through the full rules.
     */
    public static long csvCellToPicos(byte[] bytes, int from, int to) {
        long plain = plainDecimalToPicos(bytes, from, to);
        return plain != NOT_AN_AMOUNT ? plain
                : csvCellToPicos(new String(bytes, from, to - from, StandardCharsets.UTF_8));
    }

    /**
     * The picodollars of a cell that is exactly {@code (0|[1-9][0-9]{0,5})(.[0-9]{1,12})?}: a
     * JSON number below one million with at most twelve decimals, so the conversion is exact with
     * nothing to round and nothing out of range. {@link #NOT_AN_AMOUNT} for any other cell, which
     * may still be an amount by the full rules.
     */
    static long plainDecimalToPicos(byte[] bytes, int from, int to) {
        int p = from;
        if (p == to || bytes[p] < '0' || bytes[p] > '9') {
            return NOT_AN_AMOUNT;
        }
        long whole = 0;
        if (bytes[p] == '0') {
            p++;
        } else {
            int stop = Math.min(to, p + 6);
            while (p < stop && isDigit(bytes[p])) {
                whole = whole * 10 + (bytes[p++] - '0');
            }
        }
        long fraction = 0;
        int fractionDigits = 0;
        if (p < to && bytes[p] == '.') {
            int start = ++p;
            int stop = Math.min(to, p + PICO_DIGITS);
            while (p < stop && isDigit(bytes[p])) {
                fraction = fraction * 10 + (bytes[p++] - '0');
            }
            fractionDigits = p - start;
            if (fractionDigits == 0) {
                return NOT_AN_AMOUNT;
            }
        }
        if (p != to) {
            return NOT_AN_AMOUNT;
        }
        return whole * POW10[PICO_DIGITS] + fraction * POW10[PICO_DIGITS - fractionDigits];
    }

    /** digits × 10^shift, rounded half to even, or NOT_AN_AMOUNT when 10^18 or more. */
    private static long scale(String digits, long shift) {
        if (digits.isEmpty()) {
            return 0;
        }
        if (shift >= 0) {
            // No leading zeros, so the result has exactly length + shift digits.
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
            // The value is below 0.1 picodollar: it rounds to 0.
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

    /**
     * The text with the commas of its integer part removed, when they are thousands separators;
     * null when a comma is anywhere else or a group has the wrong length.
     */
    private static String withoutThousandsSeparators(String text) {
        if (text.indexOf(',') < 0) {
            return text;
        }
        int intEnd = 0;
        while (intEnd < text.length() && (isDigit(text.charAt(intEnd)) || text.charAt(intEnd) == ',')) {
            intEnd++;
        }
        if (text.indexOf(',', intEnd) >= 0) {
            return null;
        }
        String[] groups = text.substring(0, intEnd).split(",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        return String.join("", groups) + text.substring(intEnd);
    }

    private static String trimAsciiWhitespace(String s) {
        int start = 0;
        int stop = s.length();
        while (start < stop && isAsciiWhitespace(s.charAt(start))) {
            start++;
        }
        while (stop > start && isAsciiWhitespace(s.charAt(stop - 1))) {
            stop--;
        }
        return s.substring(start, stop);
    }

    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
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

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
