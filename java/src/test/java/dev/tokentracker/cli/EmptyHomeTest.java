package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A home without any assistant data: {@code No usage data found.}, exit 0, and valid empty JSON. */
class EmptyHomeTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"models", "monthly", "daily"})
    void tableSaysNoUsageData(String command) {
        CliRun run = new CliRun().place("$EMPTY", home).run(command, "--home", "$EMPTY");

        run.matchesGolden("empty/" + command);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("No usage data found.\n");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"models", "monthly", "daily"})
    void jsonIsValidWithEmptyRows(String command) throws IOException {
        CliRun run = new CliRun().place("$EMPTY", home).run(command, "--json", "--home", "$EMPTY");

        run.matchesGolden("empty/" + command + "-json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("report").asText()).isEqualTo(command);
        assertThat(json.get("rows").isArray()).isTrue();
        assertThat(json.get("rows")).isEmpty();
        assertThat(json.get("totals").get("messages").asLong()).isZero();
    }

    @Test
    void graphPrintsAnEmptyStructureAndSaysSoOnStderr() throws IOException {
        CliRun run = new CliRun().place("$EMPTY", home).run("graph", "--home", "$EMPTY");

        run.matchesGolden("empty/graph");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("contributions")).isEmpty();
        assertThat(json.get("meta").get("dateRange").get("start").asText()).isEmpty();
        assertThat(run.err()).isEqualTo("No usage data found.\n");
    }

    @Test
    void filterThatSelectsNothingIsTheSameAsNoData() {
        CliRun run = new CliRun().run("models", "--home", "$MIXED", "--year", "2024");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("No usage data found.\n");
    }
}
