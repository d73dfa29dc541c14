package dev.tokentracker.report;

import java.util.List;

/** The monthly or daily report (SPEC §7): rows ascending by period, plus the total. */
public record PeriodReport(Granularity granularity, List<PeriodRow> rows, Usage total, PricingNotes pricing)
        implements Report {

    public enum Granularity { MONTH, DAY }

    public PeriodReport {
        rows = List.copyOf(rows);
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
