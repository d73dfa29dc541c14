package dev.tokentracker.engine;

import dev.tokentracker.ffi.NativeCore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks the engine for a run. The native engine is used when its library loads and has the
 * expected ABI; otherwise the Java engine runs and the reason is kept for --verbose/--benchmark.
 * Loading is done once per process (per library location).
 */
public final class Engines {

    private static final Map<String, NativeCore.Loaded> LOADED = new ConcurrentHashMap<>();

    private Engines() {
    }

    public static Engine select(EngineChoice choice, Map<String, String> env) throws EngineUnavailableException {
        if (choice == EngineChoice.JAVA) {
            return new JavaEngine("asked for with --engine java");
        }
        NativeCore.Loaded loaded = loadNative(env);
        if (loaded.core().isPresent()) {
            return new NativeEngine(loaded.core().get());
        }
        if (choice == EngineChoice.NATIVE) {
            throw new EngineUnavailableException("the native engine is unavailable: " + loaded.problem());
        }
        return new JavaEngine("native engine unavailable: " + loaded.problem());
    }

    /**
     * Starts loading the native core for this environment on a daemon thread and returns at
     * once; a later {@link #loadNative} for the same environment waits for it instead of loading
     * again. A failure is only recorded, as it would be by {@link #loadNative}.
     */
    public static void loadNativeInBackground(Map<String, String> env) {
        Thread.ofPlatform().name("native-load").daemon().start(() -> loadNative(env));
    }

    /** The native core for this environment, loaded at most once per library location. */
    public static NativeCore.Loaded loadNative(Map<String, String> env) {
        String key = System.getProperty("tokentracker.native.library", "") + "|"
                + env.getOrDefault("TOKEN_TRACKER_NATIVE_CACHE", "") + "|" + env.getOrDefault("XDG_CACHE_HOME", "");
        return LOADED.computeIfAbsent(key, k -> NativeCore.load(env));
    }
}
