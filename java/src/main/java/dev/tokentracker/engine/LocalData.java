package dev.tokentracker.engine;

import dev.tokentracker.model.Source;
import dev.tokentracker.source.SourceStats;
import java.util.Map;

/**
 * What phase 1 hands to phase 2: the parsed local messages (held by the engine: a Java list, or a
 * native handle) and the per-source counts. Close it to release native memory.
 */
public interface LocalData extends AutoCloseable {

    Map<Source, SourceStats> stats();

    long messageCount();

    @Override
    void close();
}
