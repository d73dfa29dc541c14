package dev.tokentracker.cursor;

import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.source.SourceStats;
import java.util.List;

/**
 * Everything read from the Cursor cache folder.
 *
 * @param messages one per counted row, in emission order (files by rank, then in record order;
 *                 rows in file order; copies of an event already emitted not repeated)
 * @param stats    counts as for a local source: files read and unreadable (a CSV that is not an
 *                 export counts as unreadable), data rows read, malformed, duplicate, messages
 * @param warnings one line per file that was skipped or had malformed rows, in record order
 */
public record CursorCsvResult(List<UsageMessage> messages, SourceStats stats, List<String> warnings) {

    public CursorCsvResult {
        messages = List.copyOf(messages);
        warnings = List.copyOf(warnings);
    }
}
