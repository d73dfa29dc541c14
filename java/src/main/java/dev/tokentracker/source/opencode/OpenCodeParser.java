package dev.tokentracker.source.opencode;

import dev.tokentracker.model.Source;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.SourceLocations;
import dev.tokentracker.source.SourceParser;
import dev.tokentracker.source.SourceResult;
import java.io.IOException;
import java.util.List;

/** OpenCode: to be written (see SPEC §3). */
public final class OpenCodeParser implements SourceParser<Object> {
    @Override public Source source() { return Source.OPENCODE; }
    @Override public List<DiscoveredFile> discover(SourceLocations locations) throws IOException { throw new UnsupportedOperationException(); }
    @Override public Object parseFile(DiscoveredFile file) throws IOException { throw new UnsupportedOperationException(); }
    @Override public SourceResult merge(List<DiscoveredFile> files, List<Object> parsed) { throw new UnsupportedOperationException(); }
}
