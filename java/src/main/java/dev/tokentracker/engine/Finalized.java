package dev.tokentracker.engine;

import dev.tokentracker.report.Report;
import dev.tokentracker.source.SourceStats;
import java.util.List;

/**
 * Phase 2's output: the report, and what reading the Cursor CSVs found.
 *
 * @param cursorStats counts for the Cursor CSVs, or null when Cursor was not in the report
 * @param warnings    per-file problems worth telling the user (skipped files)
 */
public record Finalized(Report report, SourceStats cursorStats, List<String> warnings) {

    public Finalized {
        warnings = List.copyOf(warnings);
    }
}
