package dev.tokentracker.cursor;

import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.source.SourceStats;
import java.util.List;

/** Placeholder until the CSV reader lands (same API). */
public record CursorCsvResult(List<UsageMessage> messages, SourceStats stats, List<String> warnings) {
}
