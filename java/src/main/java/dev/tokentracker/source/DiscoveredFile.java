package dev.tokentracker.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A file found under a source root, with the key that fixes record order: the full path as a
 * UTF-8 byte string (SPEC §2, "Record order"). Both engines sort by this key, so "later" and
 * "first" mean the same everywhere.
 *
 * @param path the path as discovered (the root's real path plus the relative path)
 * @param size the file's size in bytes when discovered (used to balance work across threads)
 */
public record DiscoveredFile(Path path, long size, byte[] sortKey) {

    public static final Comparator<DiscoveredFile> RECORD_ORDER =
            (a, b) -> Arrays.compareUnsigned(a.sortKey, b.sortKey);

    public static DiscoveredFile of(Path path, long size) {
        return new DiscoveredFile(path, size, path.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiscoveredFile that && Arrays.equals(sortKey, that.sortKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sortKey);
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
