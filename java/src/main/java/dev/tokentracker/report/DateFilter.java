package dev.tokentracker.report;

/**
 * The inclusive range of local calendar days a report covers (SPEC §4), as epoch days in the
 * report time zone. {@link #ALL} lets every day through.
 */
public record DateFilter(long firstDay, long lastDay) {

    public static final DateFilter ALL = new DateFilter(Long.MIN_VALUE, Long.MAX_VALUE);

    public boolean includes(long epochDay) {
        return epochDay >= firstDay && epochDay <= lastDay;
    }

    public boolean isAll() {
        return firstDay == Long.MIN_VALUE && lastDay == Long.MAX_VALUE;
    }
}
