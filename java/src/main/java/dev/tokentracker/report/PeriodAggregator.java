package dev.tokentracker.report;

import dev.tokentracker.scan.Timestamps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the monthly or daily report: one row per period, ascending, with the models used.
 *
 * <p>Messages are first summed per local day (a hash lookup on a number, skipped while messages
 * keep to one day), and only the days are then named and grouped into periods: naming a day
 * is string formatting, far too slow to do per message. The sums do not depend on grouping
 * (saturating token buckets, exact cost), so this equals summing each period message by message.
 */
public final class PeriodAggregator {

    private PeriodAggregator() {
    }

    public static PeriodReport build(MessagePricer.Priced priced, PeriodReport.Granularity granularity) {
        Days days = new Days();
        Chunked.forEach(priced.messages(), days::add);
        Map<String, Group> periods = new TreeMap<>();
        days.byDay.forEach((epochDay, group) -> {
            Group period = periods.computeIfAbsent(periodOf(epochDay, granularity), k -> new Group(new TreeSet<>()));
            period.usage.add(group.usage);
            period.models.addAll(group.models);
        });
        List<PeriodRow> rows = new ArrayList<>(periods.size());
        periods.forEach((period, g) -> rows.add(new PeriodRow(period, new ArrayList<>(g.models), g.usage.usage())));
        return new PeriodReport(granularity, rows, days.total.usage(), priced.notes());
    }

    /** The running sums per local day, and the total. */
    private static final class Days {
        final Map<Long, Group> byDay = new HashMap<>();
        final UsageSum total = new UsageSum();
        private Group day;
        private long dayNumber;

        void add(PricedMessage p) {
            if (day == null || p.epochDay() != dayNumber) {
                dayNumber = p.epochDay();
                day = byDay.computeIfAbsent(dayNumber, d -> new Group(new HashSet<>()));
            }
            day.usage.add(p);
            day.models.add(p.message().modelId());
            total.add(p);
        }
    }

    static String periodOf(long epochDay, PeriodReport.Granularity granularity) {
        String date = Timestamps.civilDate(epochDay);
        return granularity == PeriodReport.Granularity.MONTH ? date.substring(0, date.length() - 3) : date;
    }

    /** The usage of a day or a period, and the models used in it. */
    private record Group(UsageSum usage, Set<String> models) {
        Group(Set<String> models) {
            this(new UsageSum(), models);
        }
    }
}
