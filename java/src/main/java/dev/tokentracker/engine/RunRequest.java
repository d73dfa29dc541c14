package dev.tokentracker.engine;

import dev.tokentracker.cursor.CursorBranch;
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
 * @param cursor     what the Cursor branch needs to sync (endpoints, clock, who hears the outcome)
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
        String version,
        CursorBranch.Settings cursor) {

    public RunRequest {
        sources = Set.copyOf(sources);
    }

    /** A request with the default Cursor settings (real endpoints, system clock). */
    public RunRequest(ReportKind kind, Set<Source> sources, SourceLocations locations, ZoneId zone, DateFilter filter,
            CostMode mode, boolean offline, EngineChoice engine, boolean sequential, String version) {
        this(kind, sources, locations, zone, filter, mode, offline, engine, sequential, version,
                CursorBranch.Settings.defaults(locations.environment()));
    }
}
