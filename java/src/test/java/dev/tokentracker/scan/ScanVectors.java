package dev.tokentracker.scan;

import dev.tokentracker.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The shared lexical vectors under {@code testdata/} (layout in {@code testdata/README.md}). */
final class ScanVectors {

    private ScanVectors() {
    }

    /** Names (without {@code .json}) of the records in {@code testdata/json/<kind>/}, sorted. */
    static List<String> jsonNames(String kind) {
        try (Stream<Path> files = Files.list(TestData.dir().resolve("json").resolve(kind))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] json(String kind, String name) {
        try {
            return Files.readAllBytes(TestData.dir().resolve("json").resolve(kind).resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The data rows of a {@code .tsv} vector file (testdata-relative path), split at tabs; comment
     * and empty lines dropped. Column 0 is the input, verbatim.
     */
    static List<List<String>> tsv(String path) {
        try {
            return Files.readAllLines(TestData.dir().resolve(path), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> Arrays.asList(line.split("\t", -1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of {@link #tsv} as test arguments, one String per column. */
    static Stream<Arguments> tsvArguments(String path) {
        return tsv(path).stream().map(row -> Arguments.of(row.toArray()));
    }
}
