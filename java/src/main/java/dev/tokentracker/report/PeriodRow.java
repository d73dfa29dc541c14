package dev.tokentracker.report;

import java.util.List;

/** One month ({@code YYYY-MM}) or day ({@code YYYY-MM-DD}) with the models used (sorted). */
public record PeriodRow(String period, List<String> models, Usage usage) {

    public PeriodRow {
        models = List.copyOf(models);
    }
}
