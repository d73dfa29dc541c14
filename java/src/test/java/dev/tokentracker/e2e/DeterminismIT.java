package dev.tokentracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §8's last line, on the packaged jar and the generated home: identical inputs give
 * byte-identical output on every run, with either engine, with the phase-1 branches run at the
 * same time or one after another (the hidden {@code --sequential} switch, docs/architecture.md).
 */
class DeterminismIT {

    private static final int RUNS = 10;

    /** Every report kind, as a table and as JSON. */
    private static final List<List<String>> REPORTS = List.of(
            List.of("models"), List.of("monthly"), List.of("daily"), List.of("graph"),
            List.of("models", "--json"), List.of("monthly", "--json"), List.of("daily", "--json", "--timezone", "Asia/Seoul"));

    private final Invocations log = new Invocations();

    static Stream<Arguments> engineAndReport() {
        return E2e.engineNames().flatMap(engine -> REPORTS.stream().map(report -> Arguments.of(engine, report)));
    }

    static Stream<String> engines() {
        return E2e.engineNames();
    }

    private PackagedJar.Result run(String engine, List<String> report, String... more) {
        List<String> args = new ArrayList<>(report);
        args.addAll(List.of("--engine", engine, "--home", E2e.home().toString()));
        args.addAll(List.of(more));
        PackagedJar.Result result = new PackagedJar.Run(log).env(E2e.offlineEnv(E2e.scratch("determinism"))).args(args).go();
        assertThat(result.exitCode()).as(result.command()).isZero();
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void tenConsecutiveRunsPrintTheSameBytes(String engine) {
        for (List<String> report : List.of(List.of("daily", "--json"), List.of("models"))) {
            PackagedJar.Result first = run(engine, report);
            assertThat(first.out()).isNotEmpty();
            for (int i = 1; i < RUNS; i++) {
                PackagedJar.Result again = run(engine, report);
                assertThat(again.out()).as("run %d of %s", i + 1, report).isEqualTo(first.out());
                assertThat(again.err()).as("run %d of %s", i + 1, report).isEqualTo(first.err());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("engineAndReport")
    void sequentialBranchesPrintTheSameBytesAsConcurrentOnes(String engine, List<String> report) {
        PackagedJar.Result concurrent = run(engine, report);
        PackagedJar.Result sequential = run(engine, report, "--sequential");

        assertThat(sequential.out()).isEqualTo(concurrent.out());
        assertThat(sequential.err()).isEqualTo(concurrent.err());
    }

    static Stream<List<String>> reports() {
        return REPORTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void bothEnginesPrintTheSameBytes(List<String> report) {
        E2e.assumeNative();
        PackagedJar.Result java = run("java", report);
        PackagedJar.Result nativeRun = run("native", report);

        assertThat(nativeRun.out()).isEqualTo(java.out());
        assertThat(nativeRun.err()).isEqualTo(java.err());
    }
}
