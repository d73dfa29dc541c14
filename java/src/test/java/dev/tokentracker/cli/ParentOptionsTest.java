package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Report flags given before the command ({@code token-tracker --home X monthly}) apply to it;
 * a flag the command sets itself wins over the same flag given before it.
 */
class ParentOptionsTest {

    @Test
    void homeBeforeTheCommandApplies() {
        CliRun before = new CliRun().run("--home", "$MIXED", "monthly");
        CliRun after = new CliRun().run("monthly", "--home", "$MIXED");

        before.matchesGolden("parent/home-before-monthly");
        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).isEqualTo(after.out()).contains("Monthly Token Usage Report");
    }

    @Test
    void everyKindOfFlagBeforeTheCommandApplies() {
        CliRun before = new CliRun().run("--timezone", "Asia/Seoul", "--json", "--mode", "calculate", "--week",
                "--claude", "--home", "$MIXED", "daily");
        CliRun after = new CliRun().run("daily", "--timezone", "Asia/Seoul", "--json", "--mode", "calculate", "--week",
                "--claude", "--home", "$MIXED");

        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).isEqualTo(after.out()).contains("\"timezone\": \"Asia/Seoul\"");
    }

    @Test
    void sourceFlagsOnBothSidesAreAUnion() {
        CliRun split = new CliRun().run("--cursor", "--home", "$MIXED", "monthly", "--claude");
        CliRun together = new CliRun().run("monthly", "--claude", "--cursor", "--home", "$MIXED");

        assertThat(split.out()).isEqualTo(together.out());
    }

    @Test
    void commandsOwnValueWins() {
        CliRun run = new CliRun().run("--timezone", "UTC", "--home", "$MIXED", "daily", "--json", "--timezone", "Asia/Seoul");

        assertThat(run.out()).contains("\"timezone\": \"Asia/Seoul\"");
    }

    @Test
    void graphOutputFlagsBeforeTheCommandApply() {
        CliRun before = new CliRun().run("--home", "$MIXED", "--since", "2026-03-01", "graph");
        CliRun after = new CliRun().run("graph", "--home", "$MIXED", "--since", "2026-03-01");

        assertThat(before.out()).isEqualTo(after.out()).contains("\"start\": \"2026-03-05\"");
    }

    @Test
    void inheritedShortcutStillConflictsWithTheCommandsRange() {
        CliRun run = new CliRun().run("--today", "--home", "$MIXED", "daily", "--since", "2026-03-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --today, --week and --month cannot be combined");
    }
}
