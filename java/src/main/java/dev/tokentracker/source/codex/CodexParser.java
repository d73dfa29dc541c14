package dev.tokentracker.source.codex;

import dev.tokentracker.model.Source;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.SourceLocations;
import dev.tokentracker.source.SourceParser;
import dev.tokentracker.source.SourceResult;
import java.io.IOException;
import java.util.List;

/** Codex: to be written (see SPEC §3). */
public final class CodexParser implements SourceParser<Object> {
    @Override public Source source() { return Source.CODEX; }
    @Override public List<DiscoveredFile> discover(SourceLocations locations) throws IOException { throw new UnsupportedOperationException(); }
    @Override public Object parseFile(DiscoveredFile file) throws IOException { throw new UnsupportedOperationException(); }
    @Override public SourceResult merge(List<DiscoveredFile> files, List<Object> parsed) { throw new UnsupportedOperationException(); }
}
