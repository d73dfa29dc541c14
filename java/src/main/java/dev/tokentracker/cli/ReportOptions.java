package dev.tokentracker.cli;

import dev.tokentracker.engine.EngineChoice;
import dev.tokentracker.model.Source;
import dev.tokentracker.pricing.CostMode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Option;

/** The report flags of SPEC §7, shared by models, monthly, daily and graph. */
public final class ReportOptions {

    @Option(names = "--claude", description = "Include Claude Code.")
    boolean claude;

    @Option(names = "--codex", description = "Include OpenAI Codex CLI.")
    boolean codex;

    @Option(names = "--gemini", description = "Include Gemini CLI.")
    boolean gemini;

    @Option(names = "--opencode", description = "Include OpenCode.")
    boolean opencode;

    @Option(names = "--cursor", description = "Include Cursor (from its synced CSV export).")
    boolean cursor;

    @Option(names = "--today", description = "Only today.")
    boolean today;

    @Option(names = "--week", description = "Today and the 6 days before.")
    boolean week;

    @Option(names = "--month", description = "From the 1st of this month to today.")
    boolean month;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only this calendar year.")
    String year;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "From this day (inclusive).")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Up to this day (inclusive).")
    String until;

    @Option(names = "--timezone", paramLabel = "ZONE",
            description = "Time zone for dates and filters (IANA name, e.g. Asia/Seoul, UTC). Default: the system zone.")
    String timezone;

    @Option(names = "--json", description = "Print the report as JSON (schema in docs/json-schema.md).")
    boolean json;

    @Option(names = "--offline", description = "No network: prices from the cache or the bundled snapshot, Cursor from its cached CSV.")
    boolean offline;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = "Cost mode: auto (reported cost when the source has one), calculate (always from tokens), display (reported cost or 0). Default: ${DEFAULT-VALUE}.")
    CostMode mode;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "auto (native when usable), native, or java. Default: ${DEFAULT-VALUE}.")
    EngineChoice engine;

    @Option(names = "--home", paramLabel = "DIR", description = "Read the assistants' data under DIR instead of your home.")
    Path home;

    @Option(names = "--benchmark", description = "After the report, print the engine and the time of each phase.")
    boolean benchmark;

    @Option(names = "--verbose", description = "Print what was read (files, records, malformed, duplicates) and why.")
    boolean verbose;

    @Option(names = "--no-color", description = "No colours.")
    boolean noColor;

    @Option(names = "--sequential", hidden = true,
            description = "Run the phase-1 branches one after another (for determinism checks and benchmarks).")
    boolean sequential;

    /** The selected sources: the union of the source flags, or all five when none is given. */
    Set<Source> sources() {
        Set<Source> selected = EnumSet.noneOf(Source.class);
        if (claude) {
            selected.add(Source.CLAUDE);
        }
        if (codex) {
            selected.add(Source.CODEX);
        }
        if (gemini) {
            selected.add(Source.GEMINI);
        }
        if (opencode) {
            selected.add(Source.OPENCODE);
        }
        if (cursor) {
            selected.add(Source.CURSOR);
        }
        return selected.isEmpty() ? EnumSet.allOf(Source.class) : selected;
    }
}
