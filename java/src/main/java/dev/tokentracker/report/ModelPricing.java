package dev.tokentracker.report;

/**
 * How a model in a report was priced: the price-table key and rule, or unpriced (key null,
 * match {@code unpriced}). Part of every report so that a reader can see why a cost is what it is.
 */
public record ModelPricing(String model, String matchedKey, String match) {
}
