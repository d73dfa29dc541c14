package dev.tokentracker.source.opencode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Source;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.Environment;
import dev.tokentracker.source.LocalParseResult;
import dev.tokentracker.source.LocalParser;
import dev.tokentracker.source.SourceLocations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenCodeParserTest {

    @TempDir
    Path dir;

    private static final String MESSAGE = "{\"id\":\"msg_j\",\"sessionID\":\"ses_j\",\"role\":\"assistant\","
            + "\"time\":{\"created\":1769953291423},\"modelID\":\"glm-4.7\",\"providerID\":\"zhipuai\","
            + "\"cost\":0,\"tokens\":{\"input\":5,\"output\":1,\"reasoning\":0,\"cache\":{\"read\":0,\"write\":0}}}";

    private List<DiscoveredFile> discover(Path home, Map<String, String> variables) throws Exception {
        return new OpenCodeParser().discover(new SourceLocations(new Environment(home, false, variables)));
    }

    private static List<String> relative(Path base, List<DiscoveredFile> files) throws Exception {
        Path real = base.toRealPath();
        return files.stream().map(f -> real.relativize(f.path()).toString()).toList();
    }

    @Test
    void findsJsonAtAnyDepthAndTheStoreInOneRecordOrder() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("storage/message/ses_b/deeper"));
        Files.writeString(data.resolve("storage/message/ses_b/deeper/msg_2.json"), MESSAGE);
        Files.writeString(data.resolve("storage/message/msg_1.json"), MESSAGE);
        Files.writeString(data.resolve("storage/message/ses_b/msg_3.json.bak"), MESSAGE);
        Files.writeString(data.resolve("opencode.db"), "");
        Files.writeString(data.resolve("a-first.json"), MESSAGE);

        List<DiscoveredFile> files = discover(dir.resolve("home"), Map.of("OPENCODE_DATA_DIR", data.toString()));

        assertThat(relative(data, files)).containsExactly(
                "opencode.db", "storage/message/msg_1.json", "storage/message/ses_b/deeper/msg_2.json");
    }

    @Test
    void defaultsToTheXdgDataHome() throws Exception {
        Path xdg = dir.resolve("xdg");
        Files.createDirectories(xdg.resolve("opencode/storage/message/ses_a"));
        Files.writeString(xdg.resolve("opencode/storage/message/ses_a/msg_1.json"), MESSAGE);
        Files.createDirectories(dir.resolve("home/.local/share/opencode/storage/message"));
        Files.writeString(dir.resolve("home/.local/share/opencode/opencode.db"), "");

        List<DiscoveredFile> files = discover(dir.resolve("home"), Map.of("XDG_DATA_HOME", xdg.toString()));

        assertThat(relative(xdg, files)).containsExactly("opencode/storage/message/ses_a/msg_1.json");
    }

    @Test
    void aStoreThatIsADirectoryIsNotAStore() throws Exception {
        Path data = Files.createDirectories(dir.resolve("home/.local/share/opencode/opencode.db"));

        assertThat(discover(dir.resolve("home"), Map.of())).isEmpty();
        assertThat(data).isDirectory();
    }

    @Test
    void aMissingDataDirectoryHasNoFiles() throws Exception {
        assertThat(discover(dir.resolve("nobody"), Map.of())).isEmpty();
    }

    @Test
    void aSymlinkedDataDirectoryIsFollowedForBothKinds() throws Exception {
        Path real = Files.createDirectories(dir.resolve("dotfiles/opencode/storage/message/ses_a"));
        Files.writeString(real.resolve("msg_1.json"), MESSAGE);
        Path data = dir.resolve("dotfiles/opencode");
        try (Connection store = StoreFiles.create(data.resolve("opencode.db"), false)) {
            StoreFiles.insert(store, "msg_s", 1, StoreFiles.assistant(100));
        }
        Files.createDirectories(dir.resolve("home/.local/share"));
        Files.createSymbolicLink(dir.resolve("home/.local/share/opencode"), data);

        LocalParseResult result = new LocalParser(1).parse(Set.of(Source.OPENCODE),
                new SourceLocations(new Environment(dir.resolve("home"), true, Map.of())));

        assertThat(result.messages()).extracting(m -> m.input()).containsExactly(100L, 5L);
        assertThat(result.stats().get(Source.OPENCODE).filesRead()).isEqualTo(2);
    }

    @Test
    void anUnreadableStoreIsCountedAndTheJsonFilesStillCount() throws Exception {
        Path data = Files.createDirectories(dir.resolve("home/.local/share/opencode/storage/message/ses_a"));
        Files.writeString(data.resolve("msg_1.json"), MESSAGE);
        Files.writeString(dir.resolve("home/.local/share/opencode/opencode.db"), "SQLite format 3\0 and then garbage");

        LocalParseResult result = new LocalParser(2).parse(Set.of(Source.OPENCODE),
                new SourceLocations(new Environment(dir.resolve("home"), true, Map.of())));

        assertThat(result.messages()).hasSize(1);
        assertThat(result.stats().get(Source.OPENCODE).filesUnreadable()).isEqualTo(1);
        assertThat(result.stats().get(Source.OPENCODE).filesRead()).isEqualTo(1);
    }
}
