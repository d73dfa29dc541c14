package dev.tokentracker.source;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The process environment as the tool sees it: the home directory and the variables that move
 * data locations (SPEC §2). Injected rather than read from {@code System.getenv()} so that tests
 * and the demo run against a home of their own.
 *
 * @param home           {@code --home}, else {@code $HOME}, else the JVM's {@code user.home}
 * @param homeFromOption true when {@code --home} chose the home; the XDG base-directory variables
 *                       then do not apply, because they describe the real home's layout
 * @param variables      environment variables
 */
public record Environment(Path home, boolean homeFromOption, Map<String, String> variables) {

    public Environment {
        home = home.toAbsolutePath().normalize();
        variables = Map.copyOf(variables);
    }

    /** The environment of this process, with {@code --home} applied when given. */
    public static Environment ofProcess(Path homeOption) {
        Map<String, String> vars = System.getenv();
        if (homeOption != null) {
            return new Environment(homeOption, true, vars);
        }
        String home = vars.get("HOME");
        Path path = home == null || home.isEmpty() ? Path.of(System.getProperty("user.home")) : Path.of(home);
        return new Environment(path, false, vars);
    }

    /**
     * The home of the user running the tool ({@code $HOME}, else the JVM's {@code user.home}),
     * whatever {@code --home} says: the tool's own caches live there, not in the home whose data
     * is being read.
     */
    public Path realHome() {
        return variable("HOME").map(Path::of).orElse(Path.of(System.getProperty("user.home")));
    }

    /** A variable's value; an empty variable counts as unset. */
    public Optional<String> variable(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** An override path variable, with {@code ~} expanded against the home. */
    public Optional<Path> pathVariable(String name) {
        return variable(name).map(this::expand);
    }

    /** An XDG base directory: the variable when set (and the home is the real one), else home/fallback. */
    public Path xdgDirectory(String variable, String fallbackUnderHome) {
        if (!homeFromOption) {
            Optional<Path> value = pathVariable(variable);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return home.resolve(fallbackUnderHome);
    }

    /** Expands a leading {@code ~} or {@code ~/} against the home; other paths are taken as they are. */
    public Path expand(String path) {
        String trimmed = path.strip();
        if (trimmed.equals("~")) {
            return home;
        }
        if (trimmed.startsWith("~/")) {
            return home.resolve(trimmed.substring(2));
        }
        return Path.of(trimmed).toAbsolutePath().normalize();
    }
}
