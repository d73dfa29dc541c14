package dev.tokentracker.source;

import dev.tokentracker.model.Source;
import java.io.IOException;
import java.util.List;

/**
 * Reading one local source, split the way the engine runs it: discovery, then every file parsed
 * on its own (in parallel, in any order), then one sequential merge in record order that applies
 * the cross-file rules (deduplication, replays, repeats).
 *
 * @param <F> what parsing one file yields; must not share mutable state with other files
 */
public interface SourceParser<F> {

    Source source();

    /** The source's files, in record order. */
    List<DiscoveredFile> discover(SourceLocations locations) throws IOException;

    /** Parses one file. Thread-safe. An IOException means the file is skipped and counted. */
    F parseFile(DiscoveredFile file) throws IOException;

    /**
     * Builds the source's messages from the parsed files.
     *
     * @param files  the discovered files, in record order
     * @param parsed the parse of each file, same index; null where the file could not be read
     */
    SourceResult merge(List<DiscoveredFile> files, List<F> parsed);
}
