package dev.tokentracker.source.opencode;

import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.FileDiscovery;
import dev.tokentracker.source.SourceLocations;
import dev.tokentracker.source.SourceParser;
import dev.tokentracker.source.SourceResult;
import dev.tokentracker.source.SourceStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OpenCode (SPEC §2–§3). Files, in one list in record order: every {@code *.json} at any depth
 * under {@code <data>/storage/message/}, and the store {@code <data>/opencode.db} when it exists
 * (it sorts by its full path like any file). A JSON file is one record; the store is one record
 * per row of its {@code message} table.
 */
public final class OpenCodeParser implements SourceParser<ParsedFile> {

    @Override
    public Source source() {
        return Source.OPENCODE;
    }

    @Override
    public List<DiscoveredFile> discover(SourceLocations locations) throws IOException {
        Path data = locations.openCodeData();
        List<DiscoveredFile> files = new ArrayList<>(FileDiscovery.find(
                List.of(data.resolve("storage").resolve("message")),
                Integer.MAX_VALUE,
                FileDiscovery.nameEndsWith(".json")));
        storeFile(data).ifPresent(files::add);
        files.sort(DiscoveredFile.RECORD_ORDER);
        return files;
    }

    /**
     * {@code opencode.db} under the data directory's real path (like the JSON files, whose paths
     * start at their root's real path), when it is a regular file (or a link to one). The native
     * engine asks for it too: Java reads the store for both engines.
     */
    public static Optional<DiscoveredFile> storeFile(Path data) {
        try {
            Path store = data.toRealPath().resolve(OpenCodeStore.FILE_NAME);
            if (!Files.isRegularFile(store)) {
                return Optional.empty();
            }
            return Optional.of(DiscoveredFile.of(store, Files.size(store)));
        } catch (IOException missing) {
            // No data directory, or the store vanished while being looked at: no store.
            return Optional.empty();
        }
    }

    @Override
    public ParsedFile parseFile(DiscoveredFile file) throws IOException {
        // Discovery only adds JSON files named *.json, so this name can only be the store.
        if (file.path().getFileName().toString().equals(OpenCodeStore.FILE_NAME)) {
            return OpenCodeStore.read(file.path());
        }
        ParsedFile parsed = new ParsedFile(false);
        MessageRecord.read(Files.readAllBytes(file.path()), RowColumns.NONE, parsed);
        return parsed;
    }

    @Override
    public SourceResult merge(List<DiscoveredFile> files, List<ParsedFile> parsed) {
        long read = 0;
        long unreadable = 0;
        long records = 0;
        long malformed = 0;
        List<Candidate> candidates = new ArrayList<>();
        for (ParsedFile file : parsed) {
            if (file == null) {
                unreadable++;
                continue;
            }
            read++;
            records += file.records();
            malformed += file.malformed();
            candidates.addAll(file.candidates());
        }
        List<UsageMessage> kept = MessageDedup.keep(candidates);
        SourceStats stats = new SourceStats(Source.OPENCODE, read, unreadable, records, malformed,
                candidates.size() - kept.size(), kept.size());
        return new SourceResult(kept, stats);
    }
}
