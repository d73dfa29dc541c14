package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.testing.NativeLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --engine native} through the real command line prints exactly what {@code --engine
 * java} prints, for every report command, as a table and as JSON, and {@code --verbose} names the
 * native engine with its library version. Skipped where the native library was not built (unless
 * {@code TOKEN_TRACKER_REQUIRE_NATIVE=1}).
 */
class NativeEngineCliTest {

    @BeforeEach
    void needsTheNativeLibrary() {
        NativeLibrary.core();
    }

    static Stream<List<String>> commands() {
        return Stream.of(
                List.of("models"), List.of("monthly"), List.of("daily"), List.of("graph"),
                List.of("models", "--json"), List.of("daily", "--json", "--timezone", "Asia/Seoul"),
                List.of("monthly", "--mode", "calculate", "--since", "2026-02-01"),
                List.of("models", "--claude", "--cursor", "--mode", "display"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void nativeEnginePrintsWhatTheJavaEnginePrints(List<String> command) {
        CliRun nativeRun = new CliRun().run(with(command, "--engine", "native", "--verbose"));
        CliRun javaRun = new CliRun().run(with(command, "--engine", "java"));

        assertThat(nativeRun.exitCode()).isZero();
        assertThat(nativeRun.out()).isNotEmpty().isEqualTo(javaRun.out());
        assertThat(nativeRun.err()).containsPattern("(?m)^engine: native \\(token-tracker-core/");
    }

    private static String[] with(List<String> command, String... more) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(more));
        args.addAll(List.of("--home", "$MIXED"));
        return args.toArray(String[]::new);
    }
}
