package dev.tokentracker.report;

import dev.tokentracker.model.Money;
import dev.tokentracker.model.Source;
import java.util.List;

/**
 * The contribution-graph export (SPEC §7 {@code graph}; upstream §4.4 shape), schema documented in
 * {@code docs/json-schema.md}. Every list has a defined order.
 */
public record GraphReport(Meta meta, Summary summary, List<Year> years, List<Day> contributions,
        PricingNotes pricing) implements Report {

    public GraphReport {
        years = List.copyOf(years);
        contributions = List.copyOf(contributions);
    }

    @Override
    public boolean isEmpty() {
        return contributions.isEmpty();
    }

    /**
     * @param generatedAt the time of the newest message in the report (not the wall clock, so the
     *                    same data always gives the same file); empty when there is no data
     * @param dateStart   first contribution date, or empty
     * @param dateEnd     last contribution date, or empty
     */
    public record Meta(String generatedAt, String version, String timezone, String dateStart, String dateEnd) {
    }

    /**
     * @param totalDays     days with at least one message
     * @param activeDays    days with a cost above zero
     * @param averagePerDay total cost / active days (0 when none), rounded down to the picodollar
     * @param sources       distinct source ids, sorted
     * @param models        distinct model ids, sorted
     */
    public record Summary(long totalTokens, Money totalCost, long totalDays, long activeDays, Money averagePerDay,
            Money maxCostInSingleDay, List<String> sources, List<String> models) {
        public Summary {
            sources = List.copyOf(sources);
            models = List.copyOf(models);
        }
    }

    /** One calendar year with data (ascending). */
    public record Year(String year, long totalTokens, Money totalCost, String start, String end) {
    }

    /**
     * One day with data (ascending by date).
     *
     * @param intensity 0–4 from the day's cost relative to the costliest day in the report
     * @param sources   one entry per (source, model, provider), sorted by source id, model, provider
     */
    public record Day(String date, Usage usage, int intensity, List<Entry> sources) {
        public Day {
            sources = List.copyOf(sources);
        }
    }

    /** A (source, model, provider) within a day. */
    public record Entry(Source source, String modelId, String providerId, Usage usage) {
    }
}
