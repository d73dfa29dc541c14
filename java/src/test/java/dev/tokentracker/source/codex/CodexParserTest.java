package dev.tokentracker.source.codex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Source;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.Environment;
import dev.tokentracker.source.SourceLocations;
import dev.tokentracker.source.SourceResult;
import dev.tokentracker.source.SourceStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodexParserTest {

    private static final String USAGE_LINE = "{\"timestamp\":\"2025-11-05T09:00:00.000Z\",\"type\":\"event_msg\","
            + "\"payload\":{\"type\":\"token_count\",\"info\":{\"last_token_usage\":{\"input_tokens\":5}}}}\n";

    @TempDir
    Path home;

    private final CodexParser parser = new CodexParser();

    @Test
    void archivedCopyOfASessionFileIsSkippedAndArchivedOnlyFilesAreKept() throws IOException {
        Path kept = write(".codex/sessions/2025/11/05/rollout-a.jsonl");
        write(".codex/archived_sessions/rollout-a.jsonl");
        Path archivedOnly = write(".codex/archived_sessions/rollout-b.jsonl");

        assertThat(discover(Map.of())).containsExactly(archivedOnly.toRealPath(), kept.toRealPath());
    }

    @Test
    void findsRolloutsAtAnyDepthButNotLegacyJsonFiles() throws IOException {
        Path deep = write(".codex/sessions/a/b/c/d/e/rollout-deep.jsonl");
        write(".codex/sessions/rollout-2025-08-23-legacy.json");
        write(".codex/sessions/notes.txt");

        assertThat(discover(Map.of())).containsExactly(deep.toRealPath());
    }

    @Test
    void codexHomeReplacesTheDefault() throws IOException {
        write(".codex/sessions/rollout-default.jsonl");
        Path moved = write("elsewhere/.codex/sessions/rollout-moved.jsonl");

        assertThat(discover(Map.of("CODEX_HOME", home.resolve("elsewhere/.codex").toString())))
                .containsExactly(moved.toRealPath());
    }

    @Test
    void missingRootsYieldNoFiles() throws IOException {
        assertThat(discover(Map.of())).isEmpty();
    }

    @Test
    void parseFileCountsOnlyLinesWithAMarker() throws IOException {
        Path file = write(".codex/sessions/rollout-x.jsonl");
        Files.writeString(file, "{\"type\":\"response_item\",\"payload\":{}}\nnot json at all\n" + USAGE_LINE);

        CodexFileResult result = parser.parseFile(DiscoveredFile.of(file, Files.size(file)));

        assertThat(result.recordsParsed()).isEqualTo(1);
        assertThat(result.malformed()).isZero();
        assertThat(result.messages()).extracting(m -> m.sessionId()).containsExactly("rollout-x");
    }

    @Test
    void mergeCountsUnreadableFilesAndKeepsFileOrder() throws IOException {
        Path first = write(".codex/sessions/rollout-1.jsonl");
        Path second = write(".codex/sessions/rollout-2.jsonl");
        List<DiscoveredFile> files = List.of(DiscoveredFile.of(first, 1), DiscoveredFile.of(second, 1),
                DiscoveredFile.of(home.resolve("gone.jsonl"), 1));
        List<CodexFileResult> parsed =
                Arrays.asList(parser.parseFile(files.get(0)), parser.parseFile(files.get(1)), null);

        SourceResult result = parser.merge(files, parsed);

        assertThat(result.messages()).extracting(m -> m.sessionId()).containsExactly("rollout-1", "rollout-2");
        assertThat(result.stats()).isEqualTo(new SourceStats(Source.CODEX, 2, 1, 2, 0, 0, 2));
    }

    private List<Path> discover(Map<String, String> variables) throws IOException {
        SourceLocations locations = new SourceLocations(new Environment(home, true, variables));
        return parser.discover(locations).stream().map(DiscoveredFile::path).toList();
    }

    private Path write(String relative) throws IOException {
        Path file = home.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, USAGE_LINE);
        return file;
    }
}
