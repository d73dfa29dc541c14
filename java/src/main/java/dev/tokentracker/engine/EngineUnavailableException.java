package dev.tokentracker.engine;

/** {@code --engine native} was asked for and the native library cannot be used; says why. */
public final class EngineUnavailableException extends Exception {

    public EngineUnavailableException(String message) {
        super(message);
    }
}
