package dev.tokentracker.cursor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Files only their owner may read, replaced atomically: the credentials file and the synced
 * export. A new directory is created {@code 0700} and a file is written {@code 0600} (on file
 * systems with POSIX permissions; elsewhere the platform's defaults apply). A file is first
 * written completely to a temporary file in the same directory, flushed to disk, and then
 * renamed over the target, so a reader sees either the old file or the new one, never a part;
 * a failure before the rename leaves the old file as it was.
 *
 * <p>Existing directories keep their permissions: the tool does not change modes it did not set
 * (the file's own {@code 0600} is what protects its content).
 */
final class PrivateFiles {

    static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and its missing parents, each new one {@code 0700}. */
    static void createDirectories(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            try {
                if (posix(next.getParent())) {
                    Files.createDirectory(next, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
                    // The creation mode passes through the umask; set it exactly.
                    Files.setPosixFilePermissions(next, DIRECTORY_MODE);
                } else {
                    Files.createDirectory(next);
                }
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(next)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Replaces {@code target} with {@code content}, atomically, mode {@code 0600}. The temporary
     * file is named {@code <tempPrefix><random>.part} so that nothing that lists the folder by suffix
     * ({@code *.csv}, {@code *.json}) ever takes it for the real thing.
     */
    static void writeAtomically(Path target, byte[] content, String tempPrefix) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        createDirectories(dir);
        Path temp = posix(dir)
                ? Files.createTempFile(dir, tempPrefix, ".part", ownerOnly())
                : Files.createTempFile(dir, tempPrefix, ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (posix(dir)) {
                Files.setPosixFilePermissions(temp, FILE_MODE);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(FILE_MODE);
    }

    private static boolean posix(Path existing) throws IOException {
        Path probe = existing == null ? Path.of("").toAbsolutePath() : existing;
        return Files.getFileStore(probe).supportsFileAttributeView("posix");
    }
}
