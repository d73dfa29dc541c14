package dev.tokentracker.engine;

import dev.tokentracker.model.Source;
import dev.tokentracker.pricing.CostMode;
import dev.tokentracker.pricing.PriceSnapshot;
import dev.tokentracker.pricing.PriceTable;
import dev.tokentracker.report.DateFilter;
import dev.tokentracker.report.ZoneTable;
import dev.tokentracker.source.Environment;
import dev.tokentracker.source.SourceLocations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Runs an engine's two phases on a fixture home the way a report run does (bundled prices, the
 * home's Cursor folder), so that tests can hold the Java and the native engine to each other.
 */
final class EngineHarness {

    static final PriceTable PRICES = bundledPrices();

    private EngineHarness() {
    }

    /** What one engine made of a home: its phase-1 counts and the finalized report. */
    record Outcome(Map<Source, dev.tokentracker.source.SourceStats> stats, Finalized finalized) {
    }

    /** One report variant: kind, zone, date filter, cost mode. */
    record Variant(ReportKind kind, ZoneId zone, DateFilter filter, CostMode mode) {
        @Override
        public String toString() {
            return kind + " " + zone + (filter.isAll() ? "" : " " + filter.firstDay() + ".." + filter.lastDay()) + " " + mode.id();
        }
    }

    static SourceLocations locations(Path home) {
        return new SourceLocations(new Environment(home, true, Map.of()));
    }

    static Outcome run(Engine engine, Path home, Set<Source> sources, Variant variant) {
        SourceLocations locations = locations(home);
        Set<Source> local = EnumSet.noneOf(Source.class);
        sources.stream().filter(Source::isLocal).forEach(local::add);
        try (LocalData data = engine.parseLocalSources(new ParseRequest(local, locations, 2))) {
            Finalized finalized = engine.finalizeReport(data, new FinalizeRequest(variant.kind(),
                    sources.contains(Source.CURSOR) ? locations.cursorCache() : null, PRICES, variant.mode(),
                    ZoneTable.of(variant.zone()), variant.filter(), "0.0.0-test"));
            return new Outcome(data.stats(), finalized);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PriceTable bundledPrices() {
        try {
            return PriceSnapshot.bundled();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
