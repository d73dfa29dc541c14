package dev.tokentracker.source.gemini;

import dev.tokentracker.model.Source;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.FileDiscovery;
import dev.tokentracker.source.SourceLocations;
import dev.tokentracker.source.SourceParser;
import dev.tokentracker.source.SourceResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Gemini CLI: {@code <GEMINI_CLI_HOME or home>/.gemini/tmp/<project>/chats/session-*.json} and
 * {@code session-*.jsonl}. Each file is read on its own ({@link JsonSession},
 * {@link JsonlSession}); {@link SessionMerge} applies the cross-file dedup.
 */
public final class GeminiParser implements SourceParser<SessionFile> {

    private static final String JSON = ".json";
    private static final String JSONL = ".jsonl";

    @Override
    public Source source() {
        return Source.GEMINI;
    }

    @Override
    public List<DiscoveredFile> discover(SourceLocations locations) throws IOException {
        return FileDiscovery.find(List.of(locations.geminiTmp()), 3, GeminiParser::isSessionFile);
    }

    /**
     * Exactly {@code <project>/chats/session-*.json[l]} below {@code tmp}: other layouts (files
     * elsewhere, deeper folders, files not named {@code session-*}) are not session recordings.
     */
    static boolean isSessionFile(Path relative) {
        if (relative.getNameCount() != 3 || !relative.getName(1).toString().equals("chats")) {
            return false;
        }
        String name = relative.getFileName().toString();
        return name.startsWith("session-") && (name.endsWith(JSON) || name.endsWith(JSONL));
    }

    @Override
    public SessionFile parseFile(DiscoveredFile file) throws IOException {
        String name = file.path().getFileName().toString();
        if (name.endsWith(JSONL)) {
            return JsonlSession.read(file.path(), name.substring(0, name.length() - JSONL.length()));
        }
        return JsonSession.read(file.path(), name.substring(0, name.length() - JSON.length()));
    }

    @Override
    public SourceResult merge(List<DiscoveredFile> files, List<SessionFile> parsed) {
        return SessionMerge.merge(parsed);
    }
}
