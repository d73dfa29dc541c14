package dev.tokentracker.report;

import dev.tokentracker.scan.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the monthly or daily report: one row per period, ascending, with the models used. */
public final class PeriodAggregator {

    private PeriodAggregator() {
    }

    public static PeriodReport build(MessagePricer.Priced priced, PeriodReport.Granularity granularity) {
        Map<String, UsageSum> usage = new TreeMap<>();
        Map<String, TreeSet<String>> models = new TreeMap<>();
        UsageSum total = new UsageSum();
        for (PricedMessage p : priced.messages()) {
            String period = periodOf(p.epochDay(), granularity);
            usage.computeIfAbsent(period, k -> new UsageSum()).add(p);
            models.computeIfAbsent(period, k -> new TreeSet<>()).add(p.message().modelId());
            total.add(p);
        }
        List<PeriodRow> rows = new ArrayList<>(usage.size());
        usage.forEach((period, u) -> rows.add(new PeriodRow(period, new ArrayList<>(models.get(period)), u.usage())));
        return new PeriodReport(granularity, rows, total.usage(), priced.notes());
    }

    static String periodOf(long epochDay, PeriodReport.Granularity granularity) {
        String date = Timestamps.civilDate(epochDay);
        return granularity == PeriodReport.Granularity.MONTH ? date.substring(0, date.length() - 3) : date;
    }
}
