package dev.tokentracker.engine;

import dev.tokentracker.model.Source;
import dev.tokentracker.pricing.PriceOrigin;
import dev.tokentracker.report.Report;
import dev.tokentracker.source.SourceStats;
import java.util.List;
import java.util.Map;

/**
 * A finished run: the report plus everything said about how it was made.
 *
 * @param stats    per-source counts (local sources from phase 1, Cursor from phase 2)
 * @param warnings degradations and skipped files, each once, in a stable order
 */
public record RunResult(Report report, EngineInfo engine, PriceOrigin prices, Map<Source, SourceStats> stats,
        List<String> warnings, BranchTimings timings) {

    public RunResult {
        stats = Map.copyOf(stats);
        warnings = List.copyOf(warnings);
    }
}
