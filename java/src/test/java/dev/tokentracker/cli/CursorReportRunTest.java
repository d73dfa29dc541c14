package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.cursor.CursorCredentials;
import dev.tokentracker.cursor.SessionToken;
import dev.tokentracker.testing.LoopbackServer;
import dev.tokentracker.testing.PriceCacheFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Cursor sync inside report runs, through the real command line against a loopback Cursor:
 * the report always comes out (exit 0), from the fresh export or the cached one, with one warning
 * per failure, and the token never appears in anything printed, {@code --verbose} included.
 */
class CursorReportRunTest {

    static final String TOKEN = CursorCommandsTest.TOKEN;
    static final Instant NOW = CursorCommandsTest.NOW;
    static final String EXPORT = CursorCommandsTest.EXPORT;
    static final String HEADER = "Date,Kind,Model,Max Mode,Input (w/ Cache Write),Input (w/o Cache Write),"
            + "Cache Read,Output Tokens,Total Tokens,Cost\n";
    /** What Cursor serves now: two rows of model "fresh-model". */
    static final String FRESH = HEADER
            + "\"2026-05-02T10:00:00.000Z\",\"Included\",\"fresh-model\",\"No\",\"100\",\"200\",\"300\",\"400\",\"1000\",\"0.10\"\n"
            + "\"2026-05-02T09:00:00.000Z\",\"Included\",\"fresh-model\",\"No\",\"1\",\"2\",\"3\",\"4\",\"10\",\"0.01\"\n";
    /** What an earlier sync saved: one row of model "cached-model". */
    static final String CACHED = HEADER
            + "\"2026-05-01T10:00:00.000Z\",\"Included\",\"cached-model\",\"No\",\"10\",\"20\",\"30\",\"40\",\"100\",\"0.05\"\n";

    @TempDir
    Path home;

    final LoopbackServer server = LoopbackServer.start();
    final List<String> printed = new ArrayList<>();

    @AfterEach
    void theTokenWasNeverPrinted() {
        server.close();
        assertThat(printed).allSatisfy(text -> assertThat(text)
                .doesNotContain(TOKEN)
                .doesNotContain("c2VjcmV0LXNpZ25hdHVyZQ")
                .doesNotContain("CLITEST"));
    }

    CursorCommandsTest.Run report(String... flags) {
        List<String> args = new ArrayList<>(List.of("--engine", "java", "--timezone", "UTC", "--no-color"));
        args.addAll(List.of(flags));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("HOME", home.toString(), "TOKEN_TRACKER_CURSOR_URL", server.baseUrl(),
                "XDG_CACHE_HOME", PriceCacheFixture.freshAt(NOW));
        int code = Cli.create(new PrintWriter(out), new PrintWriter(err), env, Clock.fixed(NOW, ZoneOffset.UTC), false,
                new ByteArrayInputStream(new byte[0])).execute(args.toArray(String[]::new));
        printed.add(out.toString());
        printed.add(err.toString());
        return new CursorCommandsTest.Run(code, out.toString(), err.toString());
    }

    Path cachedExport() {
        return home.resolve(".token-tracker/cursor-cache/usage.csv");
    }

    void loggedIn() throws IOException {
        CursorCredentials.save(home.resolve(".token-tracker/cursor-credentials.json"), new SessionToken(TOKEN), NOW);
    }

    void cached() throws IOException {
        Files.createDirectories(cachedExport().getParent());
        Files.writeString(cachedExport(), CACHED);
        Files.setLastModifiedTime(cachedExport(), FileTime.from(NOW.minus(Duration.ofHours(3))));
    }

    @Test
    void aReportRunSyncsAndReportsTheFreshExport() throws IOException {
        loggedIn();
        cached();
        server.on(EXPORT, LoopbackServer.csv(FRESH));

        CursorCommandsTest.Run run = report("--cursor", "--verbose");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("fresh-model").doesNotContain("cached-model");
        assertThat(run.err()).doesNotContain("warning:")
                .contains("cursor sync: fetched 2 rows (" + FRESH.length() + " bytes) in ")
                .contains("cursor: 1 file read, 2 records parsed, 0 malformed, 0 duplicates removed, 2 messages");
        assertThat(cachedExport()).hasContent(FRESH);
        assertThat(server.requests()).singleElement()
                .satisfies(r -> assertThat(r.header("Cookie")).isEqualTo("WorkosCursorSessionToken=" + TOKEN));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("5xx", LoopbackServer.text(500, "text/plain", "oops"), "answered HTTP 500"),
                Arguments.of("401", LoopbackServer.text(401, "text/plain", "expired"),
                        "(HTTP 401): it has expired or was revoked; run `token-tracker cursor login` to log in again"),
                Arguments.of("403", LoopbackServer.text(403, "text/plain", "forbidden"), "run `token-tracker cursor login`"),
                Arguments.of("HTML", LoopbackServer.text(200, "text/html", "<!doctype html><title>Cursor</title>"),
                        "Cursor sent a web page instead of the CSV export"),
                Arguments.of("truncated", LoopbackServer.cutShort(FRESH, 120), "was cut short"),
                Arguments.of("dropped", (LoopbackServer.Responder) exchange -> {
                    throw new IOException("dropped");
                }, "the connection to 127.0.0.1:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailedSyncReportsTheCachedExportWithItsAge(String name, LoopbackServer.Responder responder, String says)
            throws IOException {
        loggedIn();
        cached();
        server.on(EXPORT, responder);

        CursorCommandsTest.Run run = report("--cursor", "--verbose");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("cached-model").doesNotContain("fresh-model");
        assertThat(run.err()).contains("warning: Cursor sync failed: ").contains(says)
                .contains("; using the cached Cursor export (3 hours old, saved 2026-05-02 09:00 UTC)\n")
                .contains("cursor sync: failed (see the warning above)\n");
        assertThat(cachedExport()).hasContent(CACHED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailedSyncWithoutACacheStillGivesAReport(String name, LoopbackServer.Responder responder, String says)
            throws IOException {
        loggedIn();
        server.on(EXPORT, responder);

        CursorCommandsTest.Run run = report("--cursor", "--json");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{");
        assertThat(run.err()).contains(says).contains("; no Cursor data in this report");
        assertThat(cachedExport()).doesNotExist();
    }

    @Test
    void withoutCredentialsTheCachedExportIsReadAndNothingIsSaid() throws IOException {
        cached();
        server.on(EXPORT, LoopbackServer.csv(FRESH));

        CursorCommandsTest.Run run = report("--cursor");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("cached-model");
        assertThat(run.err()).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void withoutCredentialsOrCacheCursorIsSimplyAbsent() {
        CursorCommandsTest.Run run = report("--cursor");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("No usage data found.\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void offlineReadsTheCacheWithoutCallingCursor() throws IOException {
        loggedIn();
        cached();
        server.on(EXPORT, LoopbackServer.csv(FRESH));

        CursorCommandsTest.Run run = report("--cursor", "--offline", "--verbose");

        assertThat(run.out()).contains("cached-model");
        assertThat(run.err()).contains("cursor sync: not attempted (--offline); reading the cached export (3 hours old");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void whenCursorIsNotSelectedItIsNotSynced() throws IOException {
        loggedIn();
        server.on(EXPORT, LoopbackServer.csv(FRESH));

        CursorCommandsTest.Run run = report("--claude", "--verbose");

        assertThat(run.code()).isZero();
        assertThat(server.requests()).isEmpty();
        assertThat(cachedExport()).doesNotExist();
    }

    @Test
    void allSourcesIncludeCursor() throws IOException {
        loggedIn();
        server.on(EXPORT, LoopbackServer.csv(FRESH));

        CursorCommandsTest.Run run = report("monthly");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("fresh-model");
        assertThat(server.requests()).hasSize(1);
    }
}
