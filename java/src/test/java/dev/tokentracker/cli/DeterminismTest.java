package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §8: identical inputs give byte-identical output on every run, with the phase-1 branches
 * run at the same time or one after another ({@code --sequential}).
 */
class DeterminismTest {

    private static final int RUNS = 10;

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(List.of("models")),
                Arguments.of(List.of("monthly")),
                Arguments.of(List.of("daily")),
                Arguments.of(List.of("graph")),
                Arguments.of(List.of("models", "--json")),
                Arguments.of(List.of("monthly", "--json")),
                Arguments.of(List.of("daily", "--json")),
                Arguments.of(List.of("daily", "--json", "--timezone", "Asia/Seoul")),
                Arguments.of(List.of("models", "--json", "--mode", "calculate")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void tenRunsGiveIdenticalBytes(List<String> command) {
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            outputs.add(new CliRun().run(withHome(command)).out());
        }

        assertThat(outputs.getFirst()).isNotEmpty();
        assertThat(outputs).containsOnly(outputs.getFirst());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void sequentialBranchesGiveIdenticalBytes(List<String> command) {
        CliRun concurrent = new CliRun().run(withHome(command));
        List<String> sequentialArgs = new ArrayList<>(command);
        sequentialArgs.add("--sequential");
        CliRun sequential = new CliRun().run(withHome(sequentialArgs));

        assertThat(sequential.exitCode()).isZero();
        assertThat(sequential.out()).isEqualTo(concurrent.out());
        assertThat(sequential.err()).isEqualTo(concurrent.err());
    }

    private static String[] withHome(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--home");
        args.add("$MIXED");
        return args.toArray(String[]::new);
    }
}
