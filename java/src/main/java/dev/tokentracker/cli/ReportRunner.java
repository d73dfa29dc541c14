package dev.tokentracker.cli;

import dev.tokentracker.ExitCode;
import dev.tokentracker.Version;
import dev.tokentracker.cursor.CursorBranch;
import dev.tokentracker.cursor.CursorHttpSettings;
import dev.tokentracker.engine.EngineUnavailableException;
import dev.tokentracker.engine.ReportKind;
import dev.tokentracker.engine.RunRequest;
import dev.tokentracker.engine.RunResult;
import dev.tokentracker.engine.TwoPhaseRun;
import dev.tokentracker.render.ReportJson;
import dev.tokentracker.render.Style;
import dev.tokentracker.source.Environment;
import dev.tokentracker.source.SourceLocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;

/**
 * Runs a report command: turns options into a {@link RunRequest}, runs the two phases, and prints
 * the report to stdout and everything else (warnings, --verbose, --benchmark) to stderr.
 */
final class ReportRunner {

    private final Cli.Context context;
    private final CommandLine.Model.CommandSpec spec;

    ReportRunner(Cli.Context context, CommandLine.Model.CommandSpec spec) {
        this.context = context;
        this.spec = spec;
    }

    int run(ReportKind kind, ReportOptions options, Path graphOutput) {
        inheritParentOptions();
        ZoneId zone = zone(options.timezone);
        DateRange.Resolved dates = usage(() -> DateRange.resolve(options, LocalDate.now(context.clock().withZone(zone))));
        Environment env = environment(options.home);
        AtomicReference<CursorBranch.Outcome> cursorOutcome = new AtomicReference<>();
        CursorBranch.Settings cursor = new CursorBranch.Settings(CursorHttpSettings.of(env), context.clock(), cursorOutcome::set);
        RunRequest request = new RunRequest(kind, options.sources(), new SourceLocations(env), zone, dates.filter(),
                options.mode, options.offline, options.engine, options.sequential, Version.NUMBER, cursor);
        RunResult result;
        try {
            result = TwoPhaseRun.run(request);
        } catch (EngineUnavailableException | TwoPhaseRun.LocalParseFailed e) {
            context.err().println("error: " + e.getMessage());
            if (options.verbose && e.getCause() != null) {
                context.err().println("cause: " + e.getCause());
            }
            return ExitCode.FAILED;
        }
        Style style = Terminal.style(context, options.noColor);
        RunNotes notes = new RunNotes(context.err(), style);
        notes.warnings(result);
        ReportJson.Context json = new ReportJson.Context(zone.getId(), dates.since(), dates.until(), options.mode.id(),
                result.prices().kind().name().toLowerCase(java.util.Locale.ROOT),
                result.prices().asOf() == null ? null : result.prices().asOf().toString());
        int code = new ReportPrinter(context, style, Terminal.width(context))
                .print(kind, result.report(), dates.label(), options.json, graphOutput, json);
        if (options.verbose) {
            notes.verbose(result);
            notes.cursorSync(cursorOutcome.get());
        }
        if (options.benchmark) {
            notes.benchmark(result, options.sequential);
        }
        return code;
    }

    /**
     * {@code token-tracker --home X monthly}: report flags given before the subcommand belong to
     * the root command in picocli; carry them over unless the subcommand sets them itself.
     */
    private void inheritParentOptions() {
        CommandLine parent = spec.commandLine().getParent();
        if (parent == null || parent.getParseResult() == null) {
            return;
        }
        CommandLine.ParseResult own = spec.commandLine().getParseResult();
        for (CommandLine.Model.OptionSpec option : parent.getParseResult().matchedOptions()) {
            CommandLine.Model.OptionSpec mine = spec.findOption(option.longestName());
            if (mine != null && (own == null || !own.hasMatchedOption(mine))) {
                mine.setValue(option.getValue());
            }
        }
    }

    private ZoneId zone(String name) {
        if (name == null) {
            return context.clock().getZone();
        }
        return usage(() -> {
            try {
                return ZoneId.of(name);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("--timezone expects an IANA zone such as UTC or Asia/Seoul, got '" + name + "'");
            }
        });
    }

    private Environment environment(Path home) {
        if (home != null && !Files.isDirectory(home)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--home: not a directory: " + home);
        }
        Path processHome = home;
        if (processHome == null) {
            String envHome = context.env().get("HOME");
            processHome = envHome == null || envHome.isEmpty() ? Path.of(System.getProperty("user.home")) : Path.of(envHome);
        }
        return new Environment(processHome, home != null, context.env());
    }

    private <T> T usage(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Writes a user's output file through a temporary file and an atomic rename, so that a reader
     * never sees half a file. The temporary file starts private (0600); the result gets the usual
     * permissions of a file the user writes (0644), as a plain write would have given it.
     */
    static void writeAtomically(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".token-tracker", ".tmp");
        try {
            Files.writeString(temp, text);
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
