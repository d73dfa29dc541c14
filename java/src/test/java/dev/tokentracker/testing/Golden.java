package dev.tokentracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected text of a visible output, kept under {@code testdata/golden/}.
 * Run the tests with {@code -Dgolden.update=true} to rewrite them from the actual output, then
 * review the diff like any other change.
 */
public final class Golden {

    private Golden() {
    }

    /** Asserts that {@code actual} equals the golden file (testdata-relative path). */
    public static void assertMatches(String goldenPath, String actual) {
        Path file = TestData.dir().resolve("golden").resolve(goldenPath);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s (run with -Dgolden.update=true to create it)", goldenPath)
                    .exists();
            assertThat(actual).as("output vs golden file %s", goldenPath)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
