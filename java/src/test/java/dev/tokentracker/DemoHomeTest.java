package dev.tokentracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokentracker.cli.Cli;
import dev.tokentracker.testing.PriceCacheFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlite.SQLiteConfig;

/**
 * The demo home that ships in the repo ({@code examples/demo-home}, run by {@code ./demo.sh}) through
 * the real CLI. The expected counts are the ones planted in it, listed per source in
 * {@code examples/README.md}: if a parser rule changes what the demo shows, this says so.
 */
class DemoHomeTest {

    private static final Path EXAMPLES =
            Path.of(System.getProperty("tokentracker.repo", ".")).toAbsolutePath().normalize().resolve("examples");
    private static final Path HOME = EXAMPLES.resolve("demo-home");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T12:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> LOCAL_SOURCES = Set.of("claude", "codex", "gemini", "opencode");

    /** Messages per source after deduplication (see examples/README.md). */
    private static final Map<String, Long> MESSAGES = Map.of(
            "claude", 158L, "codex", 56L, "cursor", 47L, "gemini", 26L, "opencode", 27L);

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", HOME.toString(), "--offline", "--timezone", "UTC", "--no-color"));
        int code = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("XDG_CACHE_HOME", PriceCacheFixture.freshAt(CLOCK.instant())), CLOCK, false)
                .execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void everySourceIsInTheModelReportWithItsPlantedMessageCount() throws Exception {
        Run run = run("models", "--json");
        JsonNode report = json(run.out());

        Map<String, Long> messages = new TreeMap<>();
        for (JsonNode row : report.get("rows")) {
            messages.merge(row.get("source").asText(), row.get("messages").asLong(), Long::sum);
        }
        assertThat(run.exitCode()).isZero();
        assertThat(messages).isEqualTo(new TreeMap<>(MESSAGES));
        assertThat(report.get("totals").get("messages").asLong()).isEqualTo(314);
    }

    @Test
    void everyModelOfTheLocalSourcesIsPriced() throws Exception {
        JsonNode report = json(run("models", "--json").out());

        Set<String> localModels = new TreeSet<>();
        for (JsonNode row : report.get("rows")) {
            if (LOCAL_SOURCES.contains(row.get("source").asText())) {
                localModels.add(row.get("model").asText());
            }
        }
        Map<String, String> match = new LinkedHashMap<>();
        for (JsonNode model : report.get("pricing").get("models")) {
            match.put(model.get("model").asText(), model.get("match").asText());
        }
        List<String> unpriced = new ArrayList<>();
        report.get("pricing").get("unpricedModels").forEach(m -> unpriced.add(m.asText()));

        assertThat(localModels).hasSize(9);
        assertThat(unpriced).doesNotContainAnyElementsOf(localModels);
        assertThat(localModels).allSatisfy(model -> assertThat(match.get(model)).isNotNull().isNotEqualTo("unpriced"));
    }

    @Test
    void verboseShowsNoMalformedRecordAndThePlantedDuplicates() {
        Run run = run("models", "--verbose");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines().filter(l -> l.matches("^[a-z]+: \\d+ files? read.*")).toList()).containsExactly(
                "claude: 15 files read, 284 records parsed, 0 malformed, 125 duplicates removed, 158 messages",
                "codex: 7 files read, 122 records parsed, 0 malformed, 27 duplicates removed, 56 messages",
                "gemini: 5 files read, 16 records parsed, 0 malformed, 4 duplicates removed, 26 messages",
                "opencode: 17 files read, 37 records parsed, 0 malformed, 1 duplicate removed, 27 messages",
                "cursor: 1 file read, 47 records parsed, 0 malformed, 0 duplicates removed, 47 messages");
        assertThat(run.err()).doesNotContain("warning:");
    }

    @Test
    void theMonthlyReportHasSeptemberAndOctober() throws Exception {
        JsonNode report = json(run("monthly", "--json").out());

        List<String> months = new ArrayList<>();
        report.get("rows").forEach(row -> months.add(row.get("month").asText()));
        assertThat(months).containsExactly("2026-09", "2026-10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"models", "monthly", "daily", "graph"})
    void everyReportRuns(String command) {
        Run run = run(command);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isNotBlank().doesNotContain("No usage data found.");
    }

    /** The committed store is built from its script by examples/build-demo-store.sh. */
    @Test
    void theCommittedOpenCodeStoreMatchesItsScript() throws Exception {
        Path committed = HOME.resolve(".local/share/opencode/opencode.db");
        Path rebuilt = dir.resolve("opencode.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + rebuilt);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(Files.readString(EXAMPLES.resolve("demo-home-opencode.sql")));
        }

        assertThat(rows(committed)).hasSize(21).isEqualTo(rows(rebuilt));
    }

    private static List<String> rows(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        List<String> rows = new ArrayList<>();
        try (Connection connection = config.createConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT quote(id), quote(session_id), quote(time_created), quote(time_updated), quote(data)"
                                + " FROM message ORDER BY rowid")) {
            while (result.next()) {
                rows.add(String.join("|", result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4), result.getString(5)));
            }
        }
        return rows;
    }
}
