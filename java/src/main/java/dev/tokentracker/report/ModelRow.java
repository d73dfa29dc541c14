package dev.tokentracker.report;

import dev.tokentracker.model.Source;

/** One row of the model report: a (source, provider, model) and its usage. */
public record ModelRow(Source source, String provider, String model, Usage usage) {
}
