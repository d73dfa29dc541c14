package dev.tokentracker.report;

import java.util.List;

/**
 * The model report (SPEC §7, {@code models}): rows sorted by cost descending, then total tokens
 * descending, then source id, model id and provider — a total order.
 */
public record ModelReport(List<ModelRow> rows, Usage total, PricingNotes pricing) implements Report {

    public ModelReport {
        rows = List.copyOf(rows);
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
