package dev.tokentracker.engine;

/**
 * Picks the engine for a run. The native engine is used when its library loads and has the
 * expected ABI; otherwise the Java engine runs and the reason is kept for --verbose/--benchmark.
 */
public final class Engines {

    private Engines() {
    }

    public static Engine select(EngineChoice choice) throws EngineUnavailableException {
        String nativeProblem = "native engine not built into this jar";
        return switch (choice) {
            case JAVA -> new JavaEngine("asked for with --engine java");
            case AUTO -> new JavaEngine(nativeProblem);
            case NATIVE -> throw new EngineUnavailableException("the native engine is unavailable: " + nativeProblem);
        };
    }
}
