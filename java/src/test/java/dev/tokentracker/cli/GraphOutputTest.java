package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code graph --output FILE}: the same JSON as on stdout, written to the file; a note on stderr. */
class GraphOutputTest {

    @TempDir
    Path dir;

    @Test
    void outputFileHoldsWhatStdoutWouldShow() throws IOException {
        CliRun toFile = new CliRun().place("$OUT", dir).run("graph", "--home", "$MIXED", "--output", "$OUT/graph.json");
        CliRun toStdout = new CliRun().run("graph", "--home", "$MIXED");

        toFile.matchesGolden("graph/output-file");
        assertThat(toFile.exitCode()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("graph.json"), StandardCharsets.UTF_8)).isEqualTo(toStdout.out());
    }

    @Test
    void existingFileIsReplaced() throws IOException {
        Files.writeString(dir.resolve("graph.json"), "old contents that are longer than nothing at all");

        CliRun run = new CliRun().place("$OUT", dir)
                .run("graph", "--home", "$MIXED", "--today", "--output", "$OUT/graph.json");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("graph.json"))).startsWith("{\n  \"meta\": {");
        assertThat(dir.toFile().list()).containsExactly("graph.json");
    }

    /** Regression: the message named the random temporary file of the atomic write. */
    @Test
    void missingDirectoryMessageNamedARandomTemporaryFile() {
        CliRun run = new CliRun().place("$OUT", dir)
                .run("graph", "--home", "$MIXED", "--output", "$OUT/missing-dir/graph.json");

        run.matchesGolden("graph/output-missing-dir");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).endsWith("error: could not write $OUT/missing-dir/graph.json: the directory does not exist\n")
                .doesNotContain(".tmp");
    }
}
