package dev.tokentracker.cli;

import dev.tokentracker.report.DateFilter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * Turns the date flags into an inclusive day range in the report zone (SPEC §4). One shortcut
 * (--today, --week, --month) at most, and not together with --since/--until/--year: a mixed
 * request is ambiguous, so it is a usage error rather than a silent precedence rule.
 */
final class DateRange {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The filter plus the label shown in table titles ("" when unfiltered). */
    record Resolved(DateFilter filter, String since, String until, String label) {
    }

    private DateRange() {
    }

    static Resolved resolve(ReportOptions o, LocalDate today) {
        int shortcuts = (o.today ? 1 : 0) + (o.week ? 1 : 0) + (o.month ? 1 : 0);
        if (shortcuts > 1) {
            throw new IllegalArgumentException("use only one of --today, --week, --month");
        }
        if (shortcuts == 1 && (o.since != null || o.until != null || o.year != null)) {
            throw new IllegalArgumentException("--today, --week and --month cannot be combined with --since, --until or --year");
        }
        if (o.today) {
            return range(today, today, "Today");
        }
        if (o.week) {
            return range(today.minusDays(6), today, "Last 7 days");
        }
        if (o.month) {
            return range(today.withDayOfMonth(1), today,
                    today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + today.getYear());
        }
        LocalDate first = null;
        LocalDate last = null;
        String label = "";
        if (o.year != null) {
            int year = parseYear(o.year);
            first = LocalDate.of(year, 1, 1);
            last = LocalDate.of(year, 12, 31);
            label = o.year;
        }
        if (o.since != null) {
            LocalDate since = parseDay("--since", o.since);
            first = first == null || since.isAfter(first) ? since : first;
        }
        if (o.until != null) {
            LocalDate until = parseDay("--until", o.until);
            last = last == null || until.isBefore(last) ? until : last;
        }
        if (o.since != null && o.until != null && parseDay("--since", o.since).isAfter(parseDay("--until", o.until))) {
            throw new IllegalArgumentException("--since " + o.since + " is after --until " + o.until);
        }
        if (o.since != null || o.until != null) {
            label = (o.since != null ? "from " + o.since : "") + (o.since != null && o.until != null ? " " : "")
                    + (o.until != null ? "to " + o.until : "") + (o.year != null ? " in " + o.year : "");
        }
        return new Resolved(new DateFilter(first == null ? Long.MIN_VALUE : first.toEpochDay(),
                last == null ? Long.MAX_VALUE : last.toEpochDay()),
                first == null ? null : first.toString(), last == null ? null : last.toString(), label);
    }

    private static Resolved range(LocalDate first, LocalDate last, String label) {
        return new Resolved(new DateFilter(first.toEpochDay(), last.toEpochDay()), first.toString(), last.toString(), label);
    }

    static LocalDate parseDay(String flag, String value) {
        try {
            return LocalDate.parse(value, DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(flag + " expects a date as YYYY-MM-DD (e.g. 2025-06-30), got '" + value + "'");
        }
    }

    private static int parseYear(String value) {
        if (!value.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("--year expects a four-digit year (e.g. 2025), got '" + value + "'");
        }
        return Integer.parseInt(value);
    }
}
