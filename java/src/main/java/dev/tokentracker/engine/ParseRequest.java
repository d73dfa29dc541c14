package dev.tokentracker.engine;

import dev.tokentracker.model.Source;
import dev.tokentracker.source.SourceLocations;
import java.util.Set;

/**
 * Phase 1's input: which local sources to read and where they are.
 *
 * @param sources   the selected sources (Cursor, if present, is ignored here: it is phase 2's)
 * @param threads   how many threads may parse files at once
 */
public record ParseRequest(Set<Source> sources, SourceLocations locations, int threads) {

    public ParseRequest {
        sources = Set.copyOf(sources);
    }
}
