package dev.tokentracker.source.gemini;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeminiParserTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"p/chats/session-1.json", "p/chats/session-1.jsonl", "56cf/chats/session-.json"})
    void sessionFilesDirectlyInAProjectsChatsFolderAreRead(String relative) {
        assertThat(GeminiParser.isSessionFile(Path.of(relative))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p/chats/logs.json", "p/chats/Session-1.json", "p/chats/session-1.json.bak",
        "p/chats/session-1.txt", "p/session-1.json", "p/other/session-1.json", "chats/session-1.json",
        "p/chats/sub/session-1.jsonl", "p/q/chats/session-1.json", "session-1.json"})
    void otherFilesAreNot(String relative) {
        assertThat(GeminiParser.isSessionFile(Path.of(relative))).isFalse();
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }

    @Test
    void geminiCliHomeReplacesTheHome() throws IOException {
        Path other = home.resolve("elsewhere");
        touch(home.resolve(".gemini/tmp/p/chats/session-home.json"));
        touch(other.resolve(".gemini/tmp/p/chats/session-override.json"));
        Environment env = new Environment(home, true, Map.of("GEMINI_CLI_HOME", other.toString()));

        List<DiscoveredFile> files = new GeminiParser().discover(new SourceLocations(env));

        assertThat(files).extracting(f -> f.path().getFileName().toString())
                .containsExactly("session-override.json");
    }

    @Test
    void filesComeInRecordOrder() throws IOException {
        touch(home.resolve(".gemini/tmp/dashboard-mictlan/chats/session-a.json"));
        touch(home.resolve(".gemini/tmp/56cfacee/chats/session-b.jsonl"));
        touch(home.resolve(".gemini/tmp/56cfacee/chats/session-a.json"));
        Environment env = new Environment(home, true, Map.of());

        List<DiscoveredFile> files = new GeminiParser().discover(new SourceLocations(env));

        assertThat(files).extracting(f -> home.toRealPath().resolve(".gemini/tmp").relativize(f.path()).toString())
                .containsExactly("56cfacee/chats/session-a.json", "56cfacee/chats/session-b.jsonl",
                        "dashboard-mictlan/chats/session-a.json");
    }

    @Test
    void aMissingGeminiFolderIsEmpty() throws IOException {
        Environment env = new Environment(home, true, Map.of());

        assertThat(new GeminiParser().discover(new SourceLocations(env))).isEmpty();
    }

    @Test
    void theFileNameDecidesTheShape() throws IOException {
        Path jsonl = home.resolve(".gemini/tmp/p/chats/session-2026-06-14T22-47-a2a-serv.jsonl");
        touch(jsonl);
        Files.writeString(jsonl, "{\"sessionId\":\"a2a-server\",\"kind\":\"main\"}\n");

        SessionFile file = new GeminiParser().parseFile(DiscoveredFile.of(jsonl, Files.size(jsonl)));

        assertThat(file.sessionId()).isEqualTo("a2a-server");
        assertThat(file.recordsParsed()).isEqualTo(1);
    }
}
