package dev.tokentracker.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tokentracker.engine.Engines;
import dev.tokentracker.ffi.NativeCore;
import java.util.Map;

/**
 * The native core for tests. Where the library was not built (no Rust on the machine) the native
 * tests are skipped — unless {@code TOKEN_TRACKER_REQUIRE_NATIVE=1} (set by {@code ./test.sh} when
 * it built the library), which turns a missing or unloadable library into a failure, so that CI
 * can never pass by skipping the parity suite.
 */
public final class NativeLibrary {

    private NativeLibrary() {
    }

    /** The loaded core; skips (or fails, when required) the calling test if there is none. */
    public static NativeCore core() {
        NativeCore.Loaded loaded = Engines.loadNative(System.getenv());
        if (loaded.core().isEmpty() && "1".equals(System.getenv("TOKEN_TRACKER_REQUIRE_NATIVE"))) {
            throw new AssertionError("the native library is required but unusable: " + loaded.problem());
        }
        assumeTrue(loaded.core().isPresent(), "native engine unavailable: " + loaded.problem());
        return loaded.core().get();
    }

    /** The environment the native tests run with (the surefire one: its cache directory). */
    public static Map<String, String> environment() {
        return System.getenv();
    }
}
