package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the native library cannot be used: {@code --engine native} is an error (exit 1, says
 * why), {@code --engine auto} quietly falls back to the Java engine with the same report, and
 * {@code --verbose} names the reason. The library is made unusable by pointing the loader at a
 * file that does not exist.
 */
class NativeUnavailableTest {

    private static final String LIBRARY = "tokentracker.native.library";
    private String previous;

    @BeforeEach
    void pointTheLoaderAtNothing() {
        previous = System.getProperty(LIBRARY);
        System.setProperty(LIBRARY, "/nonexistent/libtoken_tracker_core.so");
    }

    @AfterEach
    void restoreTheLoader() {
        System.clearProperty(LIBRARY);
        if (previous != null) {
            System.setProperty(LIBRARY, previous);
        }
    }

    @Test
    void engineNativeFailsWithExitOneAndSaysWhy() {
        CliRun run = new CliRun().run("daily", "--engine", "native", "--home", "$MIXED");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: the native engine is unavailable: ").contains("/nonexistent/");
    }

    @Test
    void engineAutoFallsBackToJavaWithTheSameReport() {
        CliRun auto = new CliRun().run("models", "--json", "--verbose", "--home", "$MIXED");
        CliRun java = new CliRun().run("models", "--json", "--engine", "java", "--home", "$MIXED");

        assertThat(auto.exitCode()).isZero();
        assertThat(auto.out()).isEqualTo(java.out());
        assertThat(auto.err()).contains("engine: java (native engine unavailable: ").contains("/nonexistent/");
    }
}
