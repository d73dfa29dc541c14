package dev.tokentracker.engine;

/**
 * The engine that ran and why.
 *
 * @param name   {@code java} or {@code native}
 * @param detail e.g. {@code ABI 1, token-tracker-core 0.1.0}, or why native was not used
 */
public record EngineInfo(String name, String detail) {

    public String describe() {
        return detail.isEmpty() ? name : name + " (" + detail + ")";
    }
}
