package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports as a user sees them: tables, {@code --json}, the graph, time zones, source
 * selection and cost modes, each run through the real command line over the report fixture home
 * and compared with its golden transcript under {@code testdata/golden/report/}.
 */
class ReportOutputTest {

    static Stream<Arguments> reports() {
        return Stream.of(
                // Tables at unlimited width (output not a terminal, no COLUMNS).
                report("tables/models", "models", "--home", "$MIXED"),
                report("tables/monthly", "monthly", "--home", "$MIXED"),
                report("tables/daily", "daily", "--home", "$MIXED"),
                // JSON reports and the graph.
                report("json/models", "models", "--json", "--home", "$MIXED"),
                report("json/monthly", "monthly", "--json", "--home", "$MIXED"),
                report("json/daily", "daily", "--json", "--home", "$MIXED"),
                report("graph/stdout", "graph", "--home", "$MIXED"),
                report("graph/seoul", "graph", "--home", "$MIXED", "--timezone", "Asia/Seoul"),
                // The same messages in another zone: the 23:58Z message moves to the next day,
                // the Cursor row of 2026-01-31 21:00Z to February.
                report("timezone/daily-utc", "daily", "--home", "$MIXED", "--timezone", "UTC"),
                report("timezone/daily-seoul", "daily", "--home", "$MIXED", "--timezone", "Asia/Seoul"),
                report("timezone/monthly-seoul", "monthly", "--home", "$MIXED", "--timezone", "Asia/Seoul"),
                report("timezone/daily-seoul-json", "daily", "--json", "--home", "$MIXED", "--timezone", "Asia/Seoul",
                        "--since", "2026-03-13"),
                // Source flags: one, a union, Cursor alone (no local source is read).
                report("sources/claude", "models", "--claude", "--home", "$MIXED"),
                report("sources/claude-codex", "models", "--claude", "--codex", "--home", "$MIXED"),
                report("sources/cursor", "models", "--cursor", "--home", "$MIXED"),
                report("sources/gemini-opencode", "daily", "--gemini", "--opencode", "--home", "$MIXED"),
                // Cost modes (auto is the default, pinned by json/models).
                report("modes/calculate", "models", "--json", "--mode", "calculate", "--home", "$MIXED"),
                report("modes/display", "models", "--json", "--mode", "display", "--home", "$MIXED"),
                report("modes/calculate-table", "models", "--mode", "CALCULATE", "--home", "$MIXED"),
                // Engines and --verbose.
                report("engine/java-verbose", "models", "--engine", "java", "--verbose", "--home", "$MIXED", "--today"),
                report("verbose/daily", "daily", "--verbose", "--home", "$MIXED", "--week"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void reportMatchesGolden(String golden, List<String> args) {
        CliRun run = new CliRun().run(args.toArray(String[]::new));

        run.matchesGolden(golden);
    }

    static Stream<Arguments> narrowTables() {
        return Stream.of(
                Arguments.of("tables/models-80", "models"),
                Arguments.of("tables/monthly-80", "monthly"),
                Arguments.of("tables/daily-80", "daily"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrowTables")
    void eightyColumnsGiveTheCompactLayout(String golden, String command) {
        CliRun run = new CliRun().env("COLUMNS", "80").run(command, "--home", "$MIXED");

        run.matchesGolden(golden);
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(run.out()).doesNotContain("Cache Write");
    }

    @Test
    void noCommandIsTheModelReport() {
        CliRun root = new CliRun().run("--home", "$MIXED");
        CliRun models = new CliRun().run("models", "--home", "$MIXED");

        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).isEqualTo(models.out());
        assertThat(root.err()).isEqualTo(models.err());
    }

    @Test
    void autoModeIsTheDefault() {
        CliRun auto = new CliRun().run("models", "--json", "--mode", "auto", "--home", "$MIXED");
        CliRun unset = new CliRun().run("models", "--json", "--home", "$MIXED");

        assertThat(auto.out()).isEqualTo(unset.out());
    }

    @Test
    void javaEngineGivesTheSameReportAsAuto() {
        CliRun java = new CliRun().run("models", "--json", "--engine", "java", "--home", "$MIXED");
        CliRun auto = new CliRun().run("models", "--json", "--home", "$MIXED");

        assertThat(java.exitCode()).isZero();
        assertThat(java.out()).isEqualTo(auto.out());
    }

    @Test
    void unpricedModelIsWarnedOnceOnStderr() {
        CliRun run = new CliRun().run("monthly", "--home", "$MIXED");

        assertThat(run.err()).isEqualTo("warning: no price for 1 model (counted as $0.00): auto-gemini-3\n");
        assertThat(run.out()).doesNotContain("warning");
    }

    @Test
    void calculateModeWarnsAboutEveryModelThatNeededAPrice() {
        CliRun run = new CliRun().run("models", "--mode", "calculate", "--home", "$MIXED");

        assertThat(run.err()).isEqualTo("warning: no price for 2 models (counted as $0.00): "
                + "auto, auto-gemini-3\n");
    }

    @Test
    void verboseCountsEverySource() {
        CliRun run = new CliRun().run("models", "--verbose", "--home", "$MIXED");

        assertThat(run.err()).contains(
                "claude: 2 files read, 5 records parsed, 0 malformed, 0 duplicates removed, 5 messages\n",
                "codex: 2 files read, 7 records parsed, 0 malformed, 0 duplicates removed, 3 messages\n",
                "gemini: 2 files read, 2 records parsed, 0 malformed, 0 duplicates removed, 3 messages\n",
                "opencode: 2 files read, 2 records parsed, 0 malformed, 0 duplicates removed, 2 messages\n",
                "cursor: 1 file read, 4 records parsed, 0 malformed, 0 duplicates removed, 4 messages\n");
    }

    @Test
    void cursorAloneReadsNoLocalSource() {
        CliRun run = new CliRun().run("models", "--cursor", "--verbose", "--home", "$MIXED");

        assertThat(run.err()).contains("cursor: 1 file read").doesNotContain("claude:", "codex:", "gemini:", "opencode:");
        assertThat(run.out()).contains("│ Cursor ").doesNotContain("│ Claude ", "│ Codex ", "│ Gemini ", "│ OpenCode ");
    }

    private static Arguments report(String golden, String... args) {
        return Arguments.of(golden, List.of(args));
    }
}
