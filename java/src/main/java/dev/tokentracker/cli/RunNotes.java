package dev.tokentracker.cli;

import dev.tokentracker.cursor.CursorBranch;
import dev.tokentracker.engine.BranchTimings;
import dev.tokentracker.engine.RunResult;
import dev.tokentracker.model.Source;
import dev.tokentracker.render.Style;
import dev.tokentracker.source.SourceStats;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/** Everything printed to stderr about a run: warnings, --verbose details, --benchmark timings. */
final class RunNotes {

    private final PrintWriter err;
    private final Style style;

    RunNotes(PrintWriter err, Style style) {
        this.err = err;
        this.style = style;
    }

    void warnings(RunResult result) {
        for (String warning : result.warnings()) {
            warn(warning);
        }
        List<String> unpriced = result.report().pricing().unpricedModels();
        if (!unpriced.isEmpty()) {
            warn("no price for " + unpriced.size() + (unpriced.size() == 1 ? " model" : " models")
                    + " (counted as $0.00): " + String.join(", ", unpriced));
        }
        err.flush();
    }

    void verbose(RunResult result) {
        err.println("engine: " + result.engine().describe());
        err.println("prices: " + result.prices().kind().name().toLowerCase(java.util.Locale.ROOT)
                + (result.prices().asOf() != null ? " as of " + result.prices().asOf() : "")
                + (result.prices().location() != null && !result.prices().location().isEmpty()
                        ? " (" + result.prices().location() + ")" : ""));
        for (Source source : Source.values()) {
            SourceStats s = result.stats().get(source);
            if (s != null) {
                err.println(source.id() + ": " + count(s.filesRead(), "file") + " read"
                        + (s.filesUnreadable() > 0 ? ", " + s.filesUnreadable() + " unreadable" : "")
                        + ", " + count(s.recordsParsed(), "record") + " parsed, " + s.malformed() + " malformed, "
                        + count(s.duplicates(), "duplicate") + " removed, " + count(s.messages(), "message"));
            }
        }
        err.flush();
    }

    /** Whether the Cursor branch synced, and what it fetched (nothing when the branch failed). */
    void cursorSync(CursorBranch.Outcome outcome) {
        if (outcome != null) {
            err.println("cursor sync: " + outcome.syncNote());
            err.flush();
        }
    }

    void benchmark(RunResult result, boolean sequential) {
        BranchTimings t = result.timings();
        err.println("engine: " + result.engine().describe());
        err.println("phase 1 (" + (sequential ? "one after another" : "concurrent") + "): cursor sync " + ms(t.cursor()) + ", pricing " + ms(t.pricing())
                + ", local parse " + ms(t.localParse()));
        err.println("finalize: " + ms(t.finalizeTime()));
        err.println("total: " + ms(t.total()));
        err.flush();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void warn(String message) {
        err.println(style.yellow("warning:") + " " + message);
    }

    private static String ms(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
    }
}
