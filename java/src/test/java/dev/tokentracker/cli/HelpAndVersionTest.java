package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} of every command and {@code --version}: golden text, exit 0, nothing on stderr. */
class HelpAndVersionTest {

    static Stream<Arguments> helps() {
        return Stream.of(
                help("root", "--help"),
                help("root-short", "-h"),
                help("models", "models", "--help"),
                help("monthly", "monthly", "--help"),
                help("daily", "daily", "--help"),
                help("graph", "graph", "--help"),
                help("pricing", "pricing", "--help"),
                help("help-command", "help"),
                help("help-command-graph", "help", "graph"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("helps")
    void helpMatchesGolden(String golden, List<String> args) {
        CliRun run = new CliRun().run(args.toArray(String[]::new));

        run.matchesGolden("help/" + golden);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: token-tracker");
    }

    @Test
    void versionMatchesGolden() {
        CliRun run = new CliRun().run("--version");

        run.matchesGolden("help/version");
        assertThat(run.out()).isEqualTo("token-tracker 0.1.0\n");
    }

    /** Regression: {@code daily --version} printed nothing (subcommands had no version provider). */
    @ParameterizedTest
    @ValueSource(strings = {"models", "monthly", "daily", "graph", "pricing"})
    void subcommandVersionPrintedNothing(String command) {
        CliRun run = new CliRun().run(command, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("token-tracker 0.1.0\n");
    }

    @Test
    void helpDoesNotReadAnyData() {
        CliRun run = new CliRun().run("daily", "--help", "--home", "$TESTDATA/reports/no-such-home");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    private static Arguments help(String golden, String... args) {
        return Arguments.of(golden, List.of(args));
    }
}
