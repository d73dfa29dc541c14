package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad command lines: exit 2, nothing on stdout, a one-line reason and a pointer to --help. */
class UsageErrorsTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                error("unknown-option", "--bogus", "--home", "$MIXED"),
                error("unknown-option-after-command", "daily", "--bogus", "--home", "$MIXED"),
                error("unknown-command", "weekly", "--home", "$MIXED"),
                error("extra-argument", "monthly", "extra", "--home", "$MIXED"),
                error("engine-unknown", "models", "--engine", "rust", "--home", "$MIXED"),
                error("mode-unknown", "models", "--mode", "estimate", "--home", "$MIXED"),
                error("home-missing", "models", "--home", "$TESTDATA/reports/no-such-home"),
                error("home-is-a-file", "models", "--home", "$MIXED/.token-tracker/cursor-cache/usage-events-2026-03-12.csv"),
                error("option-given-twice", "models", "--home", "$MIXED", "--home", "$MIXED"),
                error("pricing-without-model", "pricing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void badCommandLineIsAUsageError(String golden, List<String> args) {
        CliRun run = new CliRun().run(args.toArray(String[]::new));

        run.matchesGolden("usage/" + golden);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: ").contains("--help' for more information.");
    }

    private static Arguments error(String golden, String... args) {
        return Arguments.of(golden, List.of(args));
    }
}
