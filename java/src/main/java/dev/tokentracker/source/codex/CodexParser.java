package dev.tokentracker.source.codex;

import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.FileDiscovery;
import dev.tokentracker.source.JsonlFile;
import dev.tokentracker.source.SourceLocations;
import dev.tokentracker.source.SourceParser;
import dev.tokentracker.source.SourceResult;
import dev.tokentracker.source.SourceStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Codex CLI source: every {@code *.jsonl} rollout under {@code sessions/} and
 * {@code archived_sessions/}, each read on its own by a {@link RolloutState}.
 */
public final class CodexParser implements SourceParser<CodexFileResult> {

    /**
     * Only lines containing one of these are parsed (shared with the native engine). Every line
     * a rule reads names its type in one of them; the {@code response_item} lines, which make up
     * most of a rollout, do not.
     */
    static final List<String> MARKERS = List.of(
            "\"token_count\"", "\"turn_context\"", "\"session_meta\"",
            "\"entered_review_mode\"", "\"exited_review_mode\"");

    private static final JsonlFile ROLLOUT = new JsonlFile(markerBytes(), false);
    private static final String SUFFIX = ".jsonl";

    @Override
    public Source source() {
        return Source.CODEX;
    }

    /**
     * Rollouts in record order. A file under {@code archived_sessions/} whose file name is also
     * the name of a file under {@code sessions/} is the same session archived and is skipped: it
     * is read once, from {@code sessions/}. Legacy single-{@code .json} rollouts carry no token
     * data and are not discovered.
     */
    @Override
    public List<DiscoveredFile> discover(SourceLocations locations) throws IOException {
        List<Path> roots = locations.codexRoots();
        List<DiscoveredFile> all = FileDiscovery.find(roots, Integer.MAX_VALUE, FileDiscovery.nameEndsWith(SUFFIX));
        Optional<Path> sessions = realPath(roots.get(0));
        Set<String> sessionNames = new HashSet<>();
        for (DiscoveredFile file : all) {
            if (isUnder(file, sessions)) {
                sessionNames.add(fileName(file));
            }
        }
        List<DiscoveredFile> kept = new ArrayList<>(all.size());
        for (DiscoveredFile file : all) {
            if (isUnder(file, sessions) || !sessionNames.contains(fileName(file))) {
                kept.add(file);
            }
        }
        return kept;
    }

    @Override
    public CodexFileResult parseFile(DiscoveredFile file) throws IOException {
        RolloutState state = new RolloutState();
        ROLLOUT.scan(file.path(), (buf, start, end, offset) -> state.record(buf, start, end));
        String name = fileName(file);
        return state.finish(name.substring(0, name.length() - SUFFIX.length()));
    }

    @Override
    public SourceResult merge(List<DiscoveredFile> files, List<CodexFileResult> parsed) {
        List<UsageMessage> messages = new ArrayList<>();
        long read = 0;
        long unreadable = 0;
        long records = 0;
        long malformed = 0;
        long duplicates = 0;
        for (CodexFileResult result : parsed) {
            if (result == null) {
                unreadable++;
                continue;
            }
            read++;
            records += result.recordsParsed();
            malformed += result.malformed();
            duplicates += result.duplicates();
            messages.addAll(result.messages());
        }
        SourceStats stats = new SourceStats(Source.CODEX, read, unreadable, records, malformed, duplicates,
                messages.size());
        return new SourceResult(messages, stats);
    }

    /** The root's real path (discovered files carry it), or empty when the root does not exist. */
    private static Optional<Path> realPath(Path root) {
        try {
            return Optional.of(root.toRealPath());
        } catch (IOException missing) {
            return Optional.empty();
        }
    }

    private static boolean isUnder(DiscoveredFile file, Optional<Path> root) {
        return root.isPresent() && file.path().startsWith(root.get());
    }

    private static String fileName(DiscoveredFile file) {
        return file.path().getFileName().toString();
    }

    private static byte[][] markerBytes() {
        byte[][] bytes = new byte[MARKERS.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = MARKERS.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
