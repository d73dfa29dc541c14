package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Which subcommands a run builds. Every CLI test runs with only the subcommands it names. */
class SubcommandsTest {

    @Test
    void theNamesAreTheCommandsOwnNames() {
        for (Map.Entry<String, Class<?>> subcommand : Subcommands.ALL.entrySet()) {
            assertThat(subcommand.getValue().getAnnotation(CommandLine.Command.class).name()).isEqualTo(subcommand.getKey());
        }
    }

    @Test
    void aRunBuildsOnlyTheSubcommandsItNames() {
        assertThat(Subcommands.neededBy(new String[] {"--json", "--home", "/h"})).isEmpty();
        assertThat(Subcommands.neededBy(new String[] {"daily", "--json"})).containsExactly(DailyCommand.class);
        assertThat(Subcommands.neededBy(new String[] {"--home", "graph", "monthly"}))
                .containsExactly(MonthlyCommand.class, GraphCommand.class);
    }

    @Test
    void helpBuildsThemAll() {
        List<Class<?>> all = List.copyOf(Subcommands.ALL.values());
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"-hV"},
                new String[] {"daily", "-h"}, new String[] {"help"}, new String[] {"help", "graph"})) {
            assertThat(Subcommands.neededBy(args)).as(String.join(" ", args)).isEqualTo(all);
        }
        assertThat(Subcommands.neededBy(new String[] {"--home", "/home/h"})).isEmpty();
    }

    @Test
    void aMistypedSubcommandIsAUsageErrorAsWithEverySubcommand() {
        CliRun fewer = new CliRun().run("dayly", "--json");

        assertThat(fewer.exitCode()).isEqualTo(2);
        assertThat(fewer.out()).isEmpty();
        assertThat(fewer.err()).isEqualTo("error: Unmatched argument at index 0: 'dayly'\n"
                + "Try 'token-tracker --help' for more information.\n");
    }
}
