package dev.tokentracker.source.opencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenCodeStoreTest {

    @TempDir
    Path dir;

    private List<Long> inputs(ParsedFile parsed) {
        return parsed.candidates().stream().map(c -> c.message().input()).toList();
    }

    private List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void readsRowsThatAreStillOnlyInTheWalOfALiveStore() throws Exception {
        Path db = dir.resolve("opencode.db");
        try (Connection opencode = StoreFiles.create(db, true)) {
            StoreFiles.insert(opencode, "msg_a", 1, StoreFiles.assistant(100));
            StoreFiles.insert(opencode, "msg_b", 2, StoreFiles.assistant(200));
            byte[] before = Files.readAllBytes(db);

            ParsedFile parsed = OpenCodeStore.read(db);

            assertThat(inputs(parsed)).containsExactly(100L, 200L);
            assertThat(Files.readAllBytes(db)).as("the database file is not written").isEqualTo(before);
            StoreFiles.insert(opencode, "msg_c", 3, StoreFiles.assistant(300));
            assertThat(inputs(OpenCodeStore.read(db))).as("the writer is not disturbed").containsExactly(100L, 200L, 300L);
        }
    }

    @Test
    void readsAPrivateCopyWhenTheSharedMemoryIndexCannotBeCreated() throws Exception {
        Path live = dir.resolve("live");
        Path snapshot = Files.createDirectories(dir.resolve("snapshot"));
        Files.createDirectories(live);
        try (Connection opencode = StoreFiles.create(live.resolve("opencode.db"), true)) {
            StoreFiles.insert(opencode, "msg_a", 1, StoreFiles.assistant(100));
            // A snapshot taken while OpenCode runs: the row is only in the -wal file.
            Files.copy(live.resolve("opencode.db"), snapshot.resolve("opencode.db"));
            Files.copy(live.resolve("opencode.db-wal"), snapshot.resolve("opencode.db-wal"));
        }
        // A -shm that cannot be created fails the in-place open, as a read-only directory does
        // (this way it also fails for root, who may write into read-only directories).
        Files.createSymbolicLink(snapshot.resolve("opencode.db-shm"), dir.resolve("missing").resolve("shm"));

        ParsedFile parsed = OpenCodeStore.read(snapshot.resolve("opencode.db"));

        assertThat(inputs(parsed)).containsExactly(100L);
        assertThat(names(snapshot)).containsExactly("opencode.db", "opencode.db-shm", "opencode.db-wal");
    }

    @Test
    void readsAStoreInAReadOnlyDirectory() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path snapshot = dir.resolve("snapshot");
        Files.createDirectories(snapshot);
        try (Connection opencode = StoreFiles.create(data.resolve("opencode.db"), true)) {
            StoreFiles.insert(opencode, "msg_a", 1, StoreFiles.assistant(100));
            Files.copy(data.resolve("opencode.db"), snapshot.resolve("opencode.db"));
            Files.copy(data.resolve("opencode.db-wal"), snapshot.resolve("opencode.db-wal"));
        }
        Files.setPosixFilePermissions(snapshot, PosixFilePermissions.fromString("r-xr-xr-x"));

        ParsedFile parsed = OpenCodeStore.read(snapshot.resolve("opencode.db"));

        Files.setPosixFilePermissions(snapshot, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(inputs(parsed)).containsExactly(100L);
    }

    @Test
    void aFileThatIsNotADatabaseIsUnreadable() throws Exception {
        Path db = Files.writeString(dir.resolve("opencode.db"), "not a database, just text\n");

        assertThatThrownBy(() -> OpenCodeStore.read(db)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot read the OpenCode store");
        assertThat(names(dir)).containsExactly("opencode.db");
    }

    @Test
    void aDatabaseWithoutAMessageTableIsUnreadable() throws Exception {
        Path db = dir.resolve("opencode.db");
        try (Connection other = StoreFiles.open(db); Statement statement = other.createStatement()) {
            statement.executeUpdate("CREATE TABLE session (id text PRIMARY KEY)");
        }

        assertThatThrownBy(() -> OpenCodeStore.read(db)).isInstanceOf(IOException.class);
    }

    @Test
    void anEmptyFileIsUnreadable() throws Exception {
        Path db = Files.createFile(dir.resolve("opencode.db"));

        assertThatThrownBy(() -> OpenCodeStore.read(db)).isInstanceOf(IOException.class);
        assertThat(Files.size(db)).isZero();
    }

    @Test
    void aRowWhoseDataIsNotTextIsAMalformedRecord() throws Exception {
        Path db = dir.resolve("opencode.db");
        try (Connection older = StoreFiles.open(db); Statement statement = older.createStatement()) {
            // A schema without NOT NULL, so that data can be NULL or a number.
            statement.executeUpdate("CREATE TABLE message (id text PRIMARY KEY, session_id text,"
                    + " time_created integer, time_updated integer, data)");
            statement.executeUpdate("INSERT INTO message VALUES ('msg_a', 's', 1, 1, NULL)");
            statement.executeUpdate("INSERT INTO message VALUES ('msg_b', 's', 1, 1, 12.5)");
            statement.executeUpdate("INSERT INTO message VALUES ('msg_c', 's', 1, 1, '" + StoreFiles.assistant(300) + "')");
        }

        ParsedFile parsed = OpenCodeStore.read(db);

        assertThat(parsed.records()).isEqualTo(3);
        assertThat(parsed.malformed()).isEqualTo(2);
        assertThat(inputs(parsed)).containsExactly(300L);
    }

    @Test
    void dataIsReadAsItsStoredBytes() throws Exception {
        Path db = dir.resolve("opencode.db");
        byte[] invalidUtf8 = StoreFiles.assistant(100).replace("build", "bu\u00ffld").getBytes(StandardCharsets.ISO_8859_1);
        try (Connection older = StoreFiles.open(db); Statement statement = older.createStatement()) {
            statement.executeUpdate(StoreFiles.MESSAGE_TABLE);
            statement.executeUpdate("INSERT INTO message VALUES ('msg_a', 's', 1, 1, CAST(X'"
                    + java.util.HexFormat.of().formatHex(invalidUtf8) + "' AS TEXT))");
        }

        ParsedFile parsed = OpenCodeStore.read(db);

        assertThat(parsed.malformed()).as("a lone 0xFF byte is not UTF-8: the strict reader must see it").isEqualTo(1);
        assertThat(parsed.candidates()).isEmpty();
    }
}
