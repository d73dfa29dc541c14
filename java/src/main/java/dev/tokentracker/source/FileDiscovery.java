package dev.tokentracker.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds a source's files under its roots with the rules of SPEC §2: a root that is itself a
 * symlink is followed; below it symlinked directories are not (no loops) but symlinked files are
 * read; a file reached through two roots is read once (by its real path); a missing root is
 * simply empty. The result is in record order.
 */
public final class FileDiscovery {

    private FileDiscovery() {
    }

    /**
     * Files under {@code roots} (at most {@code maxDepth} levels below a root) whose path relative
     * to its root satisfies {@code accept}.
     */
    public static List<DiscoveredFile> find(List<Path> roots, int maxDepth, Predicate<Path> accept)
            throws IOException {
        List<DiscoveredFile> found = new ArrayList<>();
        Set<Path> links = new HashSet<>();
        Set<Path> realPaths = new HashSet<>();
        for (Path root : roots) {
            Path realRoot;
            try {
                realRoot = root.toRealPath();
            } catch (IOException missing) {
                continue;
            }
            if (!Files.isDirectory(realRoot)) {
                continue;
            }
            Files.walkFileTree(realRoot, EnumSet.noneOf(java.nio.file.FileVisitOption.class), maxDepth,
                    new Collector(realRoot, accept, found, links));
        }
        found.sort(DiscoveredFile.RECORD_ORDER);
        List<DiscoveredFile> unique = new ArrayList<>(found.size());
        for (DiscoveredFile file : found) {
            // The walk starts from a real root and never enters a linked directory, so a file
            // that is not itself a link is already at its real path: resolving it (a readlink per
            // path component) would cost more than parsing a small file.
            Path real = links.contains(file.path()) ? realPathOf(file.path()) : file.path();
            if (realPaths.add(real)) {
                unique.add(file);
            }
        }
        return unique;
    }

    private static Path realPathOf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static final class Collector extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Predicate<Path> accept;
        private final List<DiscoveredFile> found;
        private final Set<Path> links;

        Collector(Path root, Predicate<Path> accept, List<DiscoveredFile> found, Set<Path> links) {
            this.root = root;
            this.accept = accept;
            this.found = found;
            this.links = links;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) {
                // A symlinked file is read; a symlinked directory is not descended into.
                if (!Files.isRegularFile(file)) {
                    return FileVisitResult.CONTINUE;
                }
            } else if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
            }
            if (accept.test(root.relativize(file))) {
                found.add(DiscoveredFile.of(file, sizeOf(file, attrs)));
                if (attrs.isSymbolicLink()) {
                    links.add(file);
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            // An unreadable directory below a root is skipped like a missing one; unreadable
            // files are counted later, when reading them fails.
            return FileVisitResult.CONTINUE;
        }

        private static long sizeOf(Path file, BasicFileAttributes attrs) {
            if (!attrs.isSymbolicLink()) {
                return attrs.size();
            }
            try {
                return Files.readAttributes(file, BasicFileAttributes.class).size();
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /** True when the file name ends with {@code suffix}. */
    public static Predicate<Path> nameEndsWith(String suffix) {
        return relative -> relative.getFileName().toString().endsWith(suffix);
    }
}
