package dev.tokentracker.engine;

import dev.tokentracker.model.Source;
import dev.tokentracker.pricing.CostMode;
import dev.tokentracker.report.DateFilter;
import dev.tokentracker.source.SourceLocations;
import java.time.ZoneId;
import java.util.Set;

/**
 * Everything one report run needs, as the CLI translated it from the command line.
 *
 * @param sources    the selected sources (all five when none was named)
 * @param sequential run the three phase-1 branches one after another instead of at once (for
 *                   the determinism checks and the overlap benchmark; output is identical)
 */
public record RunRequest(
        ReportKind kind,
        Set<Source> sources,
        SourceLocations locations,
        ZoneId zone,
        DateFilter filter,
        CostMode mode,
        boolean offline,
        EngineChoice engine,
        boolean sequential,
        String version) {

    public RunRequest {
        sources = Set.copyOf(sources);
    }
}
