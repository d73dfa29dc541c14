package dev.tokentracker.report;

import dev.tokentracker.model.Money;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.TokenMath;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.scan.Timestamps;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the contribution-graph export from priced messages. */
public final class GraphAggregator {

    private static final DateTimeFormatter GENERATED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    static final Comparator<GraphReport.Entry> ENTRY_ORDER = Comparator
            .comparing((GraphReport.Entry e) -> e.source().id())
            .thenComparing(GraphReport.Entry::modelId)
            .thenComparing(GraphReport.Entry::providerId);

    /** A day's entries in the order of {@link #ENTRY_ORDER}, before they become entries. */
    private static final Comparator<ModelKey> KEY_ORDER = Comparator.comparing((ModelKey k) -> k.source().id())
            .thenComparing(ModelKey::model).thenComparing(ModelKey::provider);

    private GraphAggregator() {
    }

    public static GraphReport build(MessagePricer.Priced priced, String version, String timezone) {
        Entries entries = new Entries();
        Chunked.forEach(priced.messages(), entries::add);
        Map<Long, Map<ModelKey, Usage>> days = new TreeMap<>();
        entries.byDay.forEach((day, sums) -> {
            Map<ModelKey, Usage> sorted = new TreeMap<>(KEY_ORDER);
            sums.forEach((key, sum) -> sorted.put(key, sum.usage()));
            days.put(day, sorted);
        });
        List<GraphReport.Day> contributions = contributions(days);
        return new GraphReport(meta(contributions, entries.newest, version, timezone),
                summary(contributions, new TreeSet<>(entries.sources), new TreeSet<>(entries.models)),
                years(contributions), contributions, priced.notes());
    }

    /**
     * The running sums per (day, entry), in hash maps that are sorted once at the end: a message
     * costs a hash lookup, or nothing while it has the previous message's day and entry.
     */
    private static final class Entries {
        final Map<Long, Map<ModelKey, UsageSum>> byDay = new HashMap<>();
        final Set<String> sources = new HashSet<>();
        final Set<String> models = new HashSet<>();
        long newest = Long.MIN_VALUE;
        private PricedMessage previous;
        private UsageSum entry;

        void add(PricedMessage p) {
            UsageMessage m = p.message();
            if (previous == null || p.epochDay() != previous.epochDay() || m.source() != previous.message().source()
                    || m.modelId() != previous.message().modelId()
                    || m.providerId() != previous.message().providerId()) {
                ModelKey key = new ModelKey(m.source(), m.providerId(), m.modelId());
                entry = byDay.computeIfAbsent(p.epochDay(), d -> new HashMap<>())
                        .computeIfAbsent(key, k -> new UsageSum());
                sources.add(m.source().id());
                models.add(m.modelId());
                previous = p;
            }
            entry.add(p);
            newest = Math.max(newest, m.timestampMs());
        }
    }

    private static List<GraphReport.Day> contributions(Map<Long, Map<ModelKey, Usage>> days) {
        Money max = Money.ZERO;
        List<Usage> dayTotals = new ArrayList<>();
        for (Map<ModelKey, Usage> entries : days.values()) {
            Usage total = entries.values().stream().reduce(Usage.ZERO, Usage::plus);
            dayTotals.add(total);
            max = max.compareTo(total.cost()) >= 0 ? max : total.cost();
        }
        List<GraphReport.Day> result = new ArrayList<>(days.size());
        int i = 0;
        for (Map.Entry<Long, Map<ModelKey, Usage>> day : days.entrySet()) {
            List<GraphReport.Entry> entries = new ArrayList<>();
            day.getValue().forEach((k, u) -> entries.add(new GraphReport.Entry(k.source(), k.model(), k.provider(), u)));
            Usage total = dayTotals.get(i++);
            result.add(new GraphReport.Day(Timestamps.civilDate(day.getKey()), total, intensity(total.cost(), max), entries));
        }
        return result;
    }

    /** 0–4 by the day's share of the costliest day: ≥3/4 → 4, ≥1/2 → 3, ≥1/4 → 2, >0 → 1. Exact. */
    static int intensity(Money cost, Money max) {
        if (max.isZero() || cost.isZero()) {
            return 0;
        }
        BigInteger c4 = cost.picos().shiftLeft(2);
        BigInteger m = max.picos();
        if (c4.compareTo(m.multiply(BigInteger.valueOf(3))) >= 0) {
            return 4;
        }
        if (c4.compareTo(m.shiftLeft(1)) >= 0) {
            return 3;
        }
        return c4.compareTo(m) >= 0 ? 2 : 1;
    }

    private static GraphReport.Meta meta(List<GraphReport.Day> days, long newest, String version, String timezone) {
        if (days.isEmpty()) {
            return new GraphReport.Meta("", version, timezone, "", "");
        }
        return new GraphReport.Meta(GENERATED_AT.format(Instant.ofEpochMilli(newest)), version, timezone,
                days.get(0).date(), days.get(days.size() - 1).date());
    }

    private static GraphReport.Summary summary(List<GraphReport.Day> days, TreeSet<String> sources, TreeSet<String> models) {
        long tokens = 0;
        Money cost = Money.ZERO;
        Money maxDay = Money.ZERO;
        long active = 0;
        for (GraphReport.Day day : days) {
            tokens = TokenMath.saturatingAdd(tokens, day.usage().tokens().total());
            cost = cost.plus(day.usage().cost());
            maxDay = maxDay.compareTo(day.usage().cost()) >= 0 ? maxDay : day.usage().cost();
            active += day.usage().cost().isZero() ? 0 : 1;
        }
        Money average = active == 0 ? Money.ZERO : cost.dividedBy(active);
        return new GraphReport.Summary(tokens, cost, days.size(), active, average, maxDay,
                new ArrayList<>(sources), new ArrayList<>(models));
    }

    private static List<GraphReport.Year> years(List<GraphReport.Day> days) {
        Map<String, List<GraphReport.Day>> byYear = new TreeMap<>();
        for (GraphReport.Day day : days) {
            byYear.computeIfAbsent(day.date().substring(0, day.date().length() - 6), y -> new ArrayList<>()).add(day);
        }
        List<GraphReport.Year> years = new ArrayList<>();
        byYear.forEach((year, list) -> {
            Usage total = list.stream().map(GraphReport.Day::usage).reduce(Usage.ZERO, Usage::plus);
            years.add(new GraphReport.Year(year, total.tokens().total(), total.cost(),
                    list.get(0).date(), list.get(list.size() - 1).date()));
        });
        return years;
    }
}
