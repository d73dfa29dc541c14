package dev.tokentracker.scan;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Timestamps as the sources write them, to Unix milliseconds (UTC). Hand-written rather than
 * {@code java.time} parsing because the native engine must accept and reject exactly the same
 * strings; the grammar is small and both implementations follow it digit for digit.
 *
 * <p>{@link #parseRfc3339} accepts {@code YYYY-MM-DD('T'|'t'|' ')HH:MM:SS[.fraction](Z|z|±HH:MM)},
 * ASCII digits only, nothing before or after. The fraction may have any number of digits (at
 * least one) and is truncated to milliseconds — its first three digits, never rounded, so before
 * 1970 too the result moves toward the earlier time. Hours run 00–23, minutes 00–59, seconds
 * 00–59 (no leap second); days are checked against the month (proleptic Gregorian leap years);
 * years are 0000–9999. The offset is {@code ±HH:MM} with HH 00–23 and MM 00–59 ({@code -00:00}
 * is UTC); local time minus offset gives UTC. Vectors: {@code testdata/timestamps/}.
 */
public final class Timestamps {

    private static final long MS_PER_DAY = 86_400_000L;

    /** 9999-12-31T23:59:59.999Z, the last instant any source may carry. */
    public static final long MAX_MILLIS = 253_402_300_799_999L;

    private Timestamps() {
    }

    /** Parses an RFC 3339 date-time with offset; malformed otherwise. */
    public static long parseRfc3339(String text) {
        byte[] b = latin1(text);
        return parseLocal(b, 0, b.length, true);
    }

    /**
     * Parses a Cursor CSV date: an RFC 3339 date-time, the same without an offset (read as UTC),
     * or a bare date (read as 12:00 UTC, the middle of the day, so that the calendar date
     * survives any report time zone within ±12 h).
     */
    public static long parseCsvDate(String text) {
        byte[] b = latin1(text);
        return parseCsvDate(b, 0, b.length);
    }

    /**
     * {@link #parseCsvDate(String)} for the text in {@code b[from, to)}, as bytes (a CSV cell as
     * read). Every accepted form is ASCII throughout, so bytes and characters only differ on
     * text that is rejected either way.
     */
    public static long parseCsvDate(byte[] b, int from, int to) {
        if (to - from == 10) {
            int year = year(b, from, to);
            int month = month(b, from, to);
            return daysFromCivil(year, month, day(b, from, to, year, month)) * MS_PER_DAY + 12 * 3_600_000L;
        }
        return parseLocal(b, from, to, false);
    }

    /**
     * The grammar itself, over {@code b[o, end)}. Works on bytes, where a character is a plain
     * array element: the text is short but there are hundreds of thousands of them.
     */
    private static long parseLocal(byte[] b, int o, int end, boolean offsetRequired) {
        if (end - o < 19 || b[o + 4] != '-' || b[o + 7] != '-'
                || !(b[o + 10] == 'T' || b[o + 10] == 't' || b[o + 10] == ' ')
                || b[o + 13] != ':' || b[o + 16] != ':') {
            throw bad();
        }
        int year = year(b, o, end);
        int month = month(b, o, end);
        int day = day(b, o, end, year, month);
        int hour = digits(b, o + 11, 2, end);
        int minute = digits(b, o + 14, 2, end);
        int second = digits(b, o + 17, 2, end);
        if (hour > 23 || minute > 59 || second > 59) {
            throw bad();
        }
        int p = o + 19;
        int millis = 0;
        if (p < end && b[p] == '.') {
            p++;
            int start = p;
            while (p < end && isDigit(b[p])) {
                if (p - start < 3) {
                    millis = millis * 10 + (b[p] - '0');
                }
                p++;
            }
            if (p == start) {
                throw bad();
            }
            for (int i = p - start; i < 3; i++) {
                millis *= 10;
            }
        }
        long offsetMinutes = 0;
        if (p == end) {
            if (offsetRequired) {
                throw bad();
            }
        } else {
            byte c = b[p];
            if ((c == 'Z' || c == 'z') && p + 1 == end) {
                offsetMinutes = 0;
            } else if ((c == '+' || c == '-') && p + 6 == end && b[p + 3] == ':') {
                int oh = digits(b, p + 1, 2, end);
                int om = digits(b, p + 4, 2, end);
                if (oh > 23 || om > 59) {
                    throw bad();
                }
                offsetMinutes = (oh * 60L + om) * (c == '-' ? -1 : 1);
            } else {
                throw bad();
            }
        }
        long days = daysFromCivil(year, month, day);
        long secondsOfDay = hour * 3600L + minute * 60L + second;
        return days * MS_PER_DAY + secondsOfDay * 1000 + millis - offsetMinutes * 60_000;
    }

    private static int year(byte[] b, int o, int end) {
        return digits(b, o, 4, end);
    }

    private static int month(byte[] b, int o, int end) {
        if (end - o < 10 || b[o + 4] != '-' || b[o + 7] != '-') {
            throw bad();
        }
        int month = digits(b, o + 5, 2, end);
        if (month < 1 || month > 12) {
            throw bad();
        }
        return month;
    }

    private static int day(byte[] b, int o, int end, int year, int month) {
        int day = digits(b, o + 8, 2, end);
        if (day < 1 || day > daysInMonth(year, month)) {
            throw bad();
        }
        return day;
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    public static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long mp = (month + 9) % 12;
        long doy = (153 * mp + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** The civil date {@code YYYY-MM-DD} of a day count since 1970-01-01 (Hinnant's inverse). */
    public static String civilDate(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        // Locale.ROOT: the default locale may write other digits (Arabic-Indic, Devanagari, …).
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    private static int digits(byte[] b, int start, int count, int end) {
        if (start + count > end) {
            throw bad();
        }
        int value = 0;
        for (int i = start; i < start + count; i++) {
            byte c = b[i];
            if (!isDigit(c)) {
                throw bad();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The text as one byte per character: Latin-1 characters as themselves, others as '?'. No
     * character the grammar accepts is outside ASCII, so this changes no answer.
     */
    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static MalformedRecordException bad() {
        return new MalformedRecordException("timestamp is not RFC 3339");
    }
}
