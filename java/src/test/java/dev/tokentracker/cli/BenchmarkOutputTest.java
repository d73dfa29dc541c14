package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * {@code --benchmark}: after the report, the engine, each phase-1 branch, finalize and the total
 * on stderr. Timings vary between runs, so they are checked by pattern and replaced by
 * {@code N ms} before the golden comparison.
 */
class BenchmarkOutputTest {

    private static final String MS = "[0-9]+\\.[0-9] ms";

    @Test
    void benchmarkPrintsEveryPhaseAfterTheReport() {
        CliRun run = new CliRun().run("monthly", "--benchmark", "--home", "$MIXED");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines().toList()).hasSize(5);
        assertThat(run.err().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("warning: no price for 1 model"),
                line -> assertThat(line).matches("engine: (native|java) \\(.+\\)"),
                line -> assertThat(line).matches("phase 1 \\(concurrent\\): cursor sync " + MS + ", pricing " + MS
                        + ", local parse " + MS),
                line -> assertThat(line).matches("finalize: " + MS),
                line -> assertThat(line).matches("total: " + MS));
        matchesNormalisedGolden(run, "benchmark/monthly");
    }

    @Test
    void benchmarkDoesNotChangeStdout() {
        CliRun plain = new CliRun().run("daily", "--json", "--home", "$MIXED");
        CliRun timed = new CliRun().run("daily", "--json", "--benchmark", "--home", "$MIXED");

        assertThat(timed.out()).isEqualTo(plain.out());
    }

    /** Regression: with --sequential the benchmark still said the branches ran concurrently. */
    @Test
    void sequentialBenchmarkClaimedConcurrentBranches() {
        CliRun run = new CliRun().run("models", "--sequential", "--benchmark", "--home", "$MIXED");

        assertThat(run.err()).containsPattern("(?m)^phase 1 \\(one after another\\): cursor sync " + MS)
                .doesNotContain("concurrent");
    }

    private static void matchesNormalisedGolden(CliRun run, String name) {
        String normalised = run.transcript().replaceAll(MS, "N ms");
        Golden.assertMatches("report/" + name + ".txt", normalised);
    }
}
