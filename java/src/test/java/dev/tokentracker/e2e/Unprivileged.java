package dev.tokentracker.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs that must meet a permission error. Root reads every file whatever its mode, so when the
 * suite runs as root (CI containers do) the child runs as {@code nobody} through
 * {@code setpriv}; the files such a child needs are opened up to everyone first.
 */
final class Unprivileged {

    private static final boolean ROOT = isRoot();
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private Unprivileged() {
    }

    /** The command to run the child under: nothing, or setpriv to nobody (skips when impossible). */
    static List<String> prefix() {
        if (!ROOT) {
            return List.of();
        }
        assumeTrue(Files.isExecutable(SETPRIV), "running as root without setpriv: permission errors cannot happen");
        return List.of(SETPRIV.toString(), "--reuid=65534", "--regid=65534", "--clear-groups");
    }

    /** Makes {@code dir} and everything below it usable by any user (the child may be nobody). */
    static void openUp(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxrwxrwx" : "rw-r--r--"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void chmod(Path path, String mode) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRoot() {
        try {
            Path probe = Files.createTempFile("token-tracker-uid", ".probe");
            try {
                return ((Integer) Files.getAttribute(probe, "unix:uid")) == 0;
            } finally {
                Files.delete(probe);
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
