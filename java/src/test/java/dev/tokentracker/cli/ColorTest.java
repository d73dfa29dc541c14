package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Colour only on a terminal, without {@code NO_COLOR} and {@code --no-color}; JSON never.
 * (COLUMNS is set so that no terminal size is asked for.)
 */
class ColorTest {

    private static final String ESC = "\u001b[";

    @Test
    void terminalGetsColour() {
        CliRun run = new CliRun().terminal(true).env("COLUMNS", "200").run("monthly", "--home", "$MIXED");

        assertThat(run.out()).contains("  " + ESC + "36mMonthly Token Usage Report" + ESC + "0m\n").contains("│ " + ESC + "36mMonth  " + ESC + "0m │").contains(ESC + "33m");
        assertThat(run.err()).startsWith(ESC + "33mwarning:" + ESC + "0m ");
    }

    @Test
    void noColorFlagTurnsItOff() {
        CliRun run = new CliRun().terminal(true).env("COLUMNS", "200").run("monthly", "--no-color", "--home", "$MIXED");

        assertThat(run.out() + run.err()).doesNotContain(ESC);
    }

    @Test
    void noColorVariableTurnsItOff() {
        CliRun run = new CliRun().terminal(true).env("COLUMNS", "200").env("NO_COLOR", "1")
                .run("monthly", "--home", "$MIXED");

        assertThat(run.out() + run.err()).doesNotContain(ESC);
    }

    @Test
    void emptyNoColorVariableCountsAsUnset() {
        CliRun run = new CliRun().terminal(true).env("COLUMNS", "200").env("NO_COLOR", "")
                .run("monthly", "--home", "$MIXED");

        assertThat(run.out()).contains(ESC);
    }

    @Test
    void jsonIsNeverColoured() {
        CliRun json = new CliRun().terminal(true).env("COLUMNS", "200").run("models", "--json", "--home", "$MIXED");
        CliRun graph = new CliRun().terminal(true).env("COLUMNS", "200").run("graph", "--home", "$MIXED");

        assertThat(json.out()).doesNotContain(ESC);
        assertThat(graph.out()).doesNotContain(ESC);
    }

    @Test
    void pipedOutputIsPlain() {
        CliRun run = new CliRun().run("monthly", "--home", "$MIXED");

        assertThat(run.out() + run.err()).doesNotContain(ESC);
    }
}
