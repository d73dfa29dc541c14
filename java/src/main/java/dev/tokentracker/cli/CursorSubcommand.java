package dev.tokentracker.cli;

import dev.tokentracker.cursor.CursorApi;
import dev.tokentracker.cursor.CursorHttpSettings;
import dev.tokentracker.source.Environment;
import dev.tokentracker.source.SourceLocations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code cursor login}, {@code logout} and {@code status} share: where token-tracker's files
 * are ({@code --home}, given here or before the command, or {@code TOKEN_TRACKER_HOME}), and the
 * Cursor API with {@code --verbose} tracing (method, URL, status, size, time — never a header).
 */
abstract class CursorSubcommand implements Callable<Integer>, Cli.ContextAware {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Use DIR as your home (token-tracker's files are in DIR/.token-tracker unless TOKEN_TRACKER_HOME is set).")
    Path home;

    @Option(names = "--verbose", description = "Also print each request made to Cursor (never the token).")
    boolean verbose;

    @Spec
    CommandLine.Model.CommandSpec spec;

    Cli.Context context;

    @Override
    public void setContext(Cli.Context context) {
        this.context = context;
    }

    Environment environment() {
        Path homeOption = home != null ? home : inheritedHome();
        if (homeOption != null && !Files.isDirectory(homeOption)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--home: not a directory: " + homeOption);
        }
        Path processHome = homeOption;
        if (processHome == null) {
            String envHome = context.env().get("HOME");
            processHome = envHome == null || envHome.isEmpty() ? Path.of(System.getProperty("user.home")) : Path.of(envHome);
        }
        return new Environment(processHome, homeOption != null, context.env());
    }

    SourceLocations locations() {
        return new SourceLocations(environment());
    }

    CursorApi api() {
        return new CursorApi(CursorHttpSettings.of(environment()), line -> {
            if (verbose) {
                context.err().println(line);
                context.err().flush();
            }
        });
    }

    /** {@code token-tracker --home X cursor status}: a {@code --home} given before the command. */
    private Path inheritedHome() {
        for (CommandLine c = spec.commandLine().getParent(); c != null; c = c.getParent()) {
            CommandLine.ParseResult parsed = c.getParseResult();
            if (parsed != null && parsed.hasMatchedOption("--home")) {
                return parsed.matchedOption("--home").getValue();
            }
        }
        return null;
    }
}
