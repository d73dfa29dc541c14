package dev.tokentracker.cli;

import dev.tokentracker.testing.Golden;
import dev.tokentracker.testing.PriceCacheFixture;
import dev.tokentracker.testing.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the real command line, in process: {@link Cli#execute} with string writers, a fixed
 * clock and an environment of the test's choosing (empty by default, so no override variable of
 * the machine running the tests leaks in).
 *
 * <p>Arguments may name places by placeholder ({@code $MIXED}, {@code $TESTDATA}, or any added
 * with {@link #place}); the run sees the real paths, and the {@link #transcript} shows the
 * placeholders again, in the arguments and in the output, so that golden files do not depend on
 * where the checkout lives.
 */
final class CliRun {

    /** "Now" for every CLI test unless a test says otherwise: a Sunday afternoon, UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneId.of("UTC"));

    /** The report fixture home: all five sources, three months (see testdata/reports/README.md). */
    static final Path MIXED = TestData.dir().resolve("reports").resolve("mixed");

    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, Path> places = new LinkedHashMap<>();
    private Clock clock = CLOCK;
    private boolean terminal;

    private List<String> args = List.of();
    private int exitCode;
    private String out = "";
    private String err = "";

    CliRun() {
        places.put("$MIXED", MIXED);
        places.put("$TESTDATA", TestData.dir());
    }

    CliRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    CliRun clock(Clock value) {
        clock = value;
        return this;
    }

    CliRun terminal(boolean value) {
        terminal = value;
        return this;
    }

    /** A placeholder for a path (a temporary directory, say), longest paths replaced first. */
    CliRun place(String placeholder, Path path) {
        places.put(placeholder, path);
        return this;
    }

    /** Runs the command line once; a CliRun can run several times, keeping the last result. */
    CliRun run(String... arguments) {
        args = List.of(arguments);
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        List<String> expanded = new ArrayList<>();
        for (String arg : args) {
            expanded.add(expand(arg));
        }
        try (PrintWriter outWriter = new PrintWriter(outText); PrintWriter errWriter = new PrintWriter(errText)) {
            Map<String, String> effective = new LinkedHashMap<>();
            // Prices come from a fresh cache of the bundled snapshot: no network, no real cache.
            effective.put("XDG_CACHE_HOME", PriceCacheFixture.freshAt(clock.instant()));
            effective.putAll(env);
            exitCode = Cli.execute(expanded.toArray(String[]::new), outWriter, errWriter, effective, clock, terminal);
        }
        out = outText.toString();
        err = errText.toString();
        return this;
    }

    int exitCode() {
        return exitCode;
    }

    /** Standard output, with real paths shown as their placeholders. */
    String out() {
        return hidePaths(out);
    }

    /** Standard error, with real paths shown as their placeholders. */
    String err() {
        return hidePaths(err);
    }

    /**
     * The whole run as one text: the command, the exit code, stdout and stderr. A stream that
     * does not end with a line break is marked, so that a lost final newline shows in the diff.
     */
    String transcript() {
        StringBuilder text = new StringBuilder("$ ");
        env.forEach((name, value) -> text.append(name).append('=').append(value).append(' '));
        text.append("token-tracker");
        for (String arg : args) {
            text.append(' ').append(arg);
        }
        text.append("\nexit: ").append(exitCode).append('\n');
        section(text, "stdout", out());
        section(text, "stderr", withoutEngineChoice(withoutFileAges(err())));
        return text.toString();
    }

    /**
     * Which engine {@code --engine auto} picks depends on the machine (was the native library
     * built?), not on the fixture, and both engines print the same report: goldens show a
     * placeholder for that choice. An engine asked for by name is shown as it is.
     */
    private static String withoutEngineChoice(String text) {
        return text.replaceAll("(?m)^engine: (native|java) \\((?!asked for)[^\n]*\\)$", "engine: <chosen by --engine auto>");
    }

    /**
     * The age of a cached Cursor export comes from its file's modification time, which is when
     * the checkout was made, not part of the fixture: goldens show a placeholder instead.
     */
    private static String withoutFileAges(String text) {
        return text.replaceAll("\\([^()]*old, saved \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\)", "(<age of the cached export>)");
    }

    /** Compares the transcript with {@code testdata/golden/report/<name>.txt}. */
    void matchesGolden(String name) {
        Golden.assertMatches("report/" + name + ".txt", transcript());
    }

    private static void section(StringBuilder text, String name, String content) {
        text.append("--- ").append(name).append('\n').append(content);
        if (!content.isEmpty() && !content.endsWith("\n")) {
            text.append("\n[no newline at end of ").append(name).append("]\n");
        }
    }

    private String expand(String arg) {
        String result = arg;
        for (Map.Entry<String, Path> place : places.entrySet()) {
            result = result.replace(place.getKey(), place.getValue().toString());
        }
        return result;
    }

    private String hidePaths(String text) {
        List<Map.Entry<String, Path>> longestFirst = new ArrayList<>(places.entrySet());
        longestFirst.sort((a, b) -> Integer.compare(b.getValue().toString().length(), a.getValue().toString().length()));
        String result = text;
        for (Map.Entry<String, Path> place : longestFirst) {
            result = result.replace(place.getValue().toString(), place.getKey());
        }
        return result;
    }
}
