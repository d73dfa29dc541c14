package dev.tokentracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locations of the shared test data ({@code testdata/}, shared with the Rust tests). */
public final class TestData {

    private TestData() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("tokentracker.testdata", "testdata")).toAbsolutePath().normalize();
    }

    /** A fixture home: {@code testdata/fixtures/<source>/<case>}. */
    public static Path fixture(String source, String name) {
        return dir().resolve("fixtures").resolve(source).resolve(name);
    }

    /** Every fixture case directory of a source, sorted by name. */
    public static List<Path> fixtures(String source) {
        Path root = dir().resolve("fixtures").resolve(source);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real-data corpus beside the project ({@code ../shared/realdata}); may be absent. */
    public static Path realData() {
        return Path.of(System.getProperty("tokentracker.realdata", "../shared/realdata")).toAbsolutePath().normalize();
    }
}
