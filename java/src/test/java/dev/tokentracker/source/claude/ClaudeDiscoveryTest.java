package dev.tokentracker.source.claude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.Environment;
import dev.tokentracker.source.SourceLocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where Claude transcripts are found (SPEC §2): roots, overrides, depth and symlinks. */
class ClaudeDiscoveryTest {

    @TempDir
    Path home;

    private final ClaudeParser parser = new ClaudeParser();

    @Test
    void readsBothDefaultRootsAtAnyDepthAndOnlyJsonl() throws IOException {
        Path claude = touch(home.resolve(".claude/projects/-home-dev/a.jsonl"));
        Path nested = touch(home.resolve(".claude/projects/-home-dev/a/subagents/agent-a1.jsonl"));
        touch(home.resolve(".claude/projects/-home-dev/a/subagents/agent-a1.meta.json"));
        touch(home.resolve(".claude/projects/-home-dev/notes.txt"));
        Path xdg = touch(home.resolve(".config/claude/projects/-home-dev/b.jsonl"));

        assertThat(discover(Map.of())).containsExactly(real(claude), real(nested), real(xdg));
    }

    @Test
    void xdgConfigHomeMovesTheConfigRootWhenTheHomeIsTheRealOne() throws IOException {
        Path elsewhere = touch(home.resolve("xdg/claude/projects/p/c.jsonl"));
        touch(home.resolve(".config/claude/projects/p/ignored.jsonl"));
        Environment env = new Environment(home, false, Map.of("XDG_CONFIG_HOME", home.resolve("xdg").toString()));

        assertThat(discover(env)).containsExactly(real(elsewhere));
    }

    @Test
    void claudeConfigDirReplacesTheDefaultsAndTakesAListOfConfigOrProjectsDirs() throws IOException {
        touch(home.resolve(".claude/projects/p/default.jsonl"));
        touch(home.resolve(".config/claude/projects/p/default.jsonl"));
        Path first = touch(home.resolve("work-config/projects/p/first.jsonl"));
        Path second = touch(home.resolve("other/claude/projects/q/second.jsonl"));
        String list = "~/work-config, ," + home.resolve("other/claude/projects");

        assertThat(discover(Map.of("CLAUDE_CONFIG_DIR", list))).containsExactly(real(second), real(first));
    }

    @Test
    void anEmptyClaudeConfigDirCountsAsUnset() throws IOException {
        Path claude = touch(home.resolve(".claude/projects/p/a.jsonl"));

        assertThat(discover(Map.of("CLAUDE_CONFIG_DIR", ""))).containsExactly(real(claude));
    }

    @Test
    void missingRootsAreEmpty() throws IOException {
        assertThat(discover(Map.of())).isEmpty();
    }

    @Test
    void aSymlinkedRootIsFollowed() throws IOException {
        Path target = touch(home.resolve("dotfiles/claude/projects/p/a.jsonl"));
        Files.createSymbolicLink(home.resolve(".claude"), home.resolve("dotfiles/claude"));

        assertThat(discover(Map.of())).containsExactly(real(target));
    }

    @Test
    void belowARootSymlinkedFilesAreReadButSymlinkedDirectoriesAreNot() throws IOException {
        Path outside = touch(home.resolve("archive/kept.jsonl"));
        touch(home.resolve("archive/dir/inside-linked-dir.jsonl"));
        Path projects = Files.createDirectories(home.resolve(".claude/projects/p"));
        Files.createSymbolicLink(projects.resolve("linked.jsonl"), outside);
        Files.createSymbolicLink(projects.resolve("linked-dir"), home.resolve("archive/dir"));

        assertThat(discover(Map.of())).containsExactly(real(projects).resolve("linked.jsonl"));
    }

    @Test
    void aFileReachedThroughTwoRootsIsReadOnce() throws IOException {
        Path file = touch(home.resolve(".claude/projects/p/a.jsonl"));
        Files.createDirectories(home.resolve(".config"));
        Files.createSymbolicLink(home.resolve(".config/claude"), home.resolve(".claude"));

        assertThat(discover(Map.of())).containsExactly(real(file));
    }

    private List<Path> discover(Map<String, String> variables) throws IOException {
        return discover(new Environment(home, true, variables));
    }

    private List<Path> discover(Environment env) throws IOException {
        return parser.discover(new SourceLocations(env)).stream().map(DiscoveredFile::path).toList();
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "");
    }

    private static Path real(Path path) throws IOException {
        return path.toRealPath();
    }
}
