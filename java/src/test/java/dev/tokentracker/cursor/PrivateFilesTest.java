package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    @TempDir
    Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void createsEachMissingDirectoryPrivateAndLeavesExistingOnesAlone() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        PrivateFiles.createDirectories(dir.resolve("a/b"));

        assertThat(mode(dir)).isEqualTo("rwxr-xr-x");
        assertThat(mode(dir.resolve("a"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("a/b"))).isEqualTo("rwx------");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void writesTheWholeFileOwnerOnlyAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("cache/usage.csv");

        PrivateFiles.writeAtomically(target, "Date,Model\n".getBytes(StandardCharsets.UTF_8), ".usage-");

        assertThat(target).hasContent("Date,Model\n");
        assertThat(mode(target)).isEqualTo("rw-------");
        assertThat(names(target.getParent())).containsExactly("usage.csv");
    }

    @Test
    void aFailedReplacementKeepsTheTargetAndRemovesTheTemporaryFile() throws IOException {
        Path target = dir.resolve("usage.csv");
        Files.createDirectories(target.resolve("inside"));

        assertThatThrownBy(() -> PrivateFiles.writeAtomically(target, new byte[] {1}, ".usage-"))
                .isInstanceOf(IOException.class);
        assertThat(target.resolve("inside")).isDirectory();
        assertThat(names(dir)).containsExactly("usage.csv");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static java.util.List<String> names(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
