package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCredentialsTest {

    private static final Instant CREATED = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path home;

    private Path file() {
        return home.resolve(".token-tracker").resolve(CursorCredentials.FILE_NAME);
    }

    @Test
    void savesUpstreamsFormatAndReadsItBack() throws IOException {
        CursorCredentials.save(file(), new SessionToken("tok%3A%3Aen"), CREATED);

        assertThat(file()).hasContent("{\n  \"sessionToken\": \"tok%3A%3Aen\",\n  \"createdAt\": \"2026-05-01T10:00:00Z\"\n}\n");
        CursorCredentials.Loaded loaded = CursorCredentials.load(file());
        assertThat(loaded.state()).isEqualTo(CursorCredentials.State.PRESENT);
        assertThat(loaded.token()).map(SessionToken::value).contains("tok%3A%3Aen");
        assertThat(loaded.createdAt()).contains(CREATED);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theFileIsReadableOnlyByItsOwnerInAPrivateDirectory() throws IOException {
        CursorCredentials.save(file(), new SessionToken("t"), CREATED);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent()))).isEqualTo("rwx------");
        assertThat(CursorCredentials.permissionProblem(file())).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void savingReplacesTheFileAtomicallyWithAFreshPrivateOne() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"sessionToken\":\"old\"}");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));
        Object before = Files.readAttributes(file(), "unix:ino").get("ino");

        CursorCredentials.save(file(), new SessionToken("new"), CREATED);

        assertThat(CursorCredentials.load(file()).token()).map(SessionToken::value).contains("new");
        assertThat(Files.readAttributes(file(), "unix:ino").get("ino")).isNotEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(CursorCredentials.FILE_NAME);
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFileOthersCanReadIsReported() throws IOException {
        CursorCredentials.save(file(), new SessionToken("t"), CREATED);
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(CursorCredentials.permissionProblem(file())).hasValueSatisfying(
                p -> assertThat(p).contains("rw-r--r--").contains("chmod 600 " + file()));
    }

    @Test
    void noFileIsMissing() {
        assertThat(CursorCredentials.load(file()).state()).isEqualTo(CursorCredentials.State.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "not json", "{\"sessionToken\": ", "[\"tok\"]", "{}", "{\"sessionToken\": null}",
        "{\"sessionToken\": 42}", "{\"sessionToken\": \"\"}", "{\"sessionToken\": \"has space\"}",
        "{\"sessionToken\": \"ok\", \"sessionToken\": 1}"})
    void aFileWithoutAUsableSessionTokenIsUnreadable(String content) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), content);

        CursorCredentials.Loaded loaded = CursorCredentials.load(file());

        assertThat(loaded.state()).isEqualTo(CursorCredentials.State.UNREADABLE);
        assertThat(loaded.token()).isEmpty();
    }

    @Test
    void otherMembersAndABadCreatedAtDoNotMatter() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"userId\": {\"x\": [1]}, \"sessionToken\": \"tok\", \"createdAt\": \"yesterday\"}");

        CursorCredentials.Loaded loaded = CursorCredentials.load(file());

        assertThat(loaded.state()).isEqualTo(CursorCredentials.State.PRESENT);
        assertThat(loaded.createdAt()).isEmpty();
    }

    @Test
    void deleteSaysWhetherThereWasAFile() throws IOException {
        CursorCredentials.save(file(), new SessionToken("t"), CREATED);

        assertThat(CursorCredentials.delete(file())).isTrue();
        assertThat(CursorCredentials.delete(file())).isFalse();
        assertThat(file()).doesNotExist();
    }
}
