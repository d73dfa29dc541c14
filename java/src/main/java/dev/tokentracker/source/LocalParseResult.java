package dev.tokentracker.source;

import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Phase 1 of the pure-Java engine: every selected local source's messages, in source order and
 * within a source in record order, with the per-source counts.
 */
public record LocalParseResult(List<UsageMessage> messages, Map<Source, SourceStats> stats) {

    public LocalParseResult {
        messages = Collections.unmodifiableList(new ArrayList<>(messages));
        stats = Map.copyOf(stats);
    }
}
