package dev.tokentracker.engine;

import java.io.IOException;

/**
 * The two phases of a report run (SPEC §1). Implemented twice — {@link JavaEngine} and the
 * native engine — and both must give identical reports on every input.
 */
public interface Engine {

    /** Which engine this is, for {@code --benchmark} and {@code --verbose}. */
    EngineInfo info();

    /** Phase 1: discovers and parses the selected local sources. */
    LocalData parseLocalSources(ParseRequest request) throws IOException;

    /** Phase 2: merges Cursor's CSVs, prices, filters, aggregates and sorts. */
    Finalized finalizeReport(LocalData local, FinalizeRequest request) throws IOException;
}
