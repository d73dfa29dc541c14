package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.source.Environment;
import dev.tokentracker.source.SourceLocations;
import dev.tokentracker.testing.LoopbackServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The degradation matrix of SPEC §8 for the Cursor branch, against a real HTTP server: every
 * failure leaves the cache byte for byte as it was and says so in one warning, with the cached
 * export's age (or that there is no Cursor data); only a good download replaces it.
 */
class CursorBranchTest {

    private static final String EXPORT = "/api/dashboard/export-usage-events-csv";
    private static final Instant NOW = Instant.parse("2026-05-02T12:00:00Z");
    private static final String GOOD_EXPORT = "Date,Kind,Model,Max Mode,Input (w/ Cache Write),Input (w/o Cache Write),"
            + "Cache Read,Output Tokens,Total Tokens,Cost\n"
            + "\"2026-05-02T10:00:00.000Z\",\"Included\",\"auto\",\"No\",\"10\",\"20\",\"30\",\"40\",\"100\",\"0.01\"\n"
            + "\"2026-05-02T09:00:00.000Z\",\"Included\",\"gpt-5\",\"No\",\"1\",\"2\",\"3\",\"4\",\"10\",\"0.02\"\n";
    private static final String OLD_CACHE = "Date,Model\n\"2026-04-01T00:00:00Z\",\"auto\"\n";

    @TempDir
    Path home;

    private final LoopbackServer server = LoopbackServer.start();
    private final AtomicReference<CursorBranch.Outcome> observed = new AtomicReference<>();

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> failures() {
        String csv = GOOD_EXPORT;
        return Stream.of(
                Arguments.of("connection dropped", (LoopbackServer.Responder) exchange -> {
                    throw new IOException("dropped before answering");
                }, "the connection to 127.0.0.1:"),
                Arguments.of("5xx", LoopbackServer.text(502, "text/html", "<html>bad gateway</html>"), "answered HTTP 502"),
                Arguments.of("401", LoopbackServer.text(401, "application/json", "{}"),
                        "rejected the session (HTTP 401): it has expired or was revoked; run `token-tracker cursor login` to log in again"),
                Arguments.of("403", LoopbackServer.text(403, "text/html", "<html></html>"),
                        "(HTTP 403): it has expired or was revoked; run `token-tracker cursor login`"),
                Arguments.of("timeout", LoopbackServer.silentFor(Duration.ofSeconds(5)), "no complete answer from 127.0.0.1:"),
                Arguments.of("slow body", LoopbackServer.slowBody(csv.substring(0, 40), Duration.ofSeconds(5), csv.substring(40)),
                        "within 1500 ms"),
                Arguments.of("HTML instead of CSV", LoopbackServer.text(200, "text/html", "\n<!DOCTYPE html><html><body>Log in</body></html>"),
                        "Cursor sent a web page instead of the CSV export"),
                Arguments.of("CSV that is not an export", LoopbackServer.csv("Date,Amount\n2026-01-01,3\n"), "no Model column"),
                Arguments.of("truncated body", LoopbackServer.cutShort(csv, csv.length() / 2), "was cut short"),
                Arguments.of("too large", LoopbackServer.chunkedExportOf(70 * 1024), "larger than"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailedSyncKeepsTheCacheAndSaysHowOldItIs(String name, LoopbackServer.Responder responder, String says)
            throws IOException {
        server.on(EXPORT, responder);
        login();
        Path cached = seedCache();
        Snapshot before = Snapshot.of(cached);

        CursorBranch.Outcome outcome = prepare(true, false);

        assertThat(Snapshot.of(cached)).isEqualTo(before);
        assertThat(outcome.warnings()).singleElement().asString()
                .startsWith("Cursor sync failed: ")
                .contains(says)
                .endsWith("; using the cached Cursor export (3 hours old, saved 2026-05-02 09:00 UTC)")
                .doesNotContain(CursorApiTest.TOKEN.value());
        assertThat(outcome.syncNote()).isEqualTo("failed (see the warning above)");
        // The HTTP client may retry a GET once when the connection drops before an answer.
        assertThat(server.requests()).hasSizeBetween(1, 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailedSyncWithoutACacheSaysThereIsNoCursorData(String name, LoopbackServer.Responder responder, String says) {
        server.on(EXPORT, responder);
        login();

        CursorBranch.Outcome outcome = prepare(true, false);

        assertThat(outcome.warnings()).singleElement().asString().contains(says)
                .endsWith("; no Cursor data in this report");
        assertThat(cache()).doesNotExist();
    }

    @Test
    void aRefusedConnectionKeepsTheCache() throws IOException {
        login();
        Path cached = seedCache();
        Snapshot before = Snapshot.of(cached);
        server.close();

        CursorBranch.Outcome outcome = prepare(true, false);

        assertThat(Snapshot.of(cached)).isEqualTo(before);
        assertThat(outcome.warnings()).singleElement().asString().contains("could not connect to 127.0.0.1:")
                .endsWith("(3 hours old, saved 2026-05-02 09:00 UTC)");
    }

    @Test
    void aGoodDownloadReplacesTheCacheAndCountsItsRows() throws IOException {
        server.on(EXPORT, LoopbackServer.csv(GOOD_EXPORT));
        login();
        Path cached = seedCache();

        CursorBranch.Outcome outcome = prepare(true, false);

        assertThat(cached).hasContent(GOOD_EXPORT);
        assertThat(outcome.warnings()).isEmpty();
        assertThat(outcome.syncNote()).startsWith("fetched 2 rows (" + GOOD_EXPORT.length() + " bytes) in ")
                .endsWith(" ms into " + cached);
        assertThat(observed.get()).isSameAs(outcome);
        assertThat(outcome.cacheDir()).isEqualTo(cache());
        try (Stream<Path> files = Files.list(cache())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("usage.csv");
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theSyncedExportIsReadableOnlyByItsOwner() throws IOException {
        server.on(EXPORT, LoopbackServer.csv(GOOD_EXPORT));
        login();

        prepare(true, false);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache().resolve("usage.csv"))))
                .isEqualTo("rw-------");
    }

    @Test
    void anExportWithAByteOrderMarkIsAccepted() {
        server.on(EXPORT, LoopbackServer.csv("\uFEFF" + GOOD_EXPORT));
        login();

        CursorBranch.Outcome outcome = prepare(true, false);

        assertThat(outcome.warnings()).isEmpty();
        assertThat(cache().resolve("usage.csv")).exists();
    }

    @Test
    void withoutCredentialsThereIsNoSyncAndNoWarning() throws IOException {
        server.on(EXPORT, LoopbackServer.csv(GOOD_EXPORT));
        seedCache();

        CursorBranch.Outcome outcome = prepare(true, false);

        assertThat(server.requests()).isEmpty();
        assertThat(outcome.warnings()).isEmpty();
        assertThat(outcome.syncNote()).isEqualTo(
                "not attempted (not logged in); reading the cached export (3 hours old, saved 2026-05-02 09:00 UTC)");
    }

    @Test
    void offlineThereIsNoSync() {
        server.on(EXPORT, LoopbackServer.csv(GOOD_EXPORT));
        login();

        CursorBranch.Outcome outcome = prepare(true, true);

        assertThat(server.requests()).isEmpty();
        assertThat(outcome.warnings()).isEmpty();
        assertThat(outcome.syncNote()).isEqualTo("not attempted (--offline); no cached export");
    }

    @Test
    void whenCursorIsNotSelectedThereIsNoSync() {
        server.on(EXPORT, LoopbackServer.csv(GOOD_EXPORT));
        login();

        CursorBranch.Outcome outcome = prepare(false, false);

        assertThat(server.requests()).isEmpty();
        assertThat(outcome.warnings()).isEmpty();
    }

    @Test
    void anUnreadableCredentialsFileIsNotALoginAndSaysSo() throws IOException {
        server.on(EXPORT, LoopbackServer.csv(GOOD_EXPORT));
        Files.createDirectories(locations().trackerHome());
        Files.writeString(CursorCredentials.file(locations()), "{\"sessionToken\": ");

        CursorBranch.Outcome outcome = prepare(true, false);

        assertThat(server.requests()).isEmpty();
        assertThat(outcome.warnings()).singleElement().asString()
                .contains("cursor-credentials.json cannot be read")
                .contains("run `token-tracker cursor login`")
                .endsWith("no Cursor data in this report");
        assertThat(outcome.syncNote()).isEqualTo("not attempted: the credentials file cannot be read (see the warning above)");
    }

    @Test
    void aDownloadThatCannotBeSavedLeavesNoTemporaryFileAndWarns() throws IOException {
        server.on(EXPORT, LoopbackServer.csv(GOOD_EXPORT));
        login();
        // A non-empty directory where usage.csv belongs makes the final rename fail.
        Path blocked = cache().resolve("usage.csv");
        Files.createDirectories(blocked.resolve("blocker"));

        CursorBranch.Outcome outcome = prepare(true, false);

        assertThat(outcome.warnings()).singleElement().asString()
                .startsWith("Cursor sync failed: the export could not be saved in " + cache());
        assertThat(blocked.resolve("blocker")).isDirectory();
        try (Stream<Path> files = Files.list(cache())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("usage.csv");
        }
    }

    // ---------------------------------------------------------------------------------------

    /** A file's content and modification time. */
    private record Snapshot(String content, FileTime modified) {
        static Snapshot of(Path file) throws IOException {
            return new Snapshot(Files.readString(file, StandardCharsets.UTF_8), Files.getLastModifiedTime(file));
        }
    }

    private CursorBranch.Outcome prepare(boolean selected, boolean offline) {
        CursorHttpSettings http = new CursorHttpSettings(server.baseUrl(), Duration.ofSeconds(2), Duration.ofMillis(1500), 64 * 1024);
        CursorBranch.Settings settings = new CursorBranch.Settings(http, Clock.fixed(NOW, ZoneOffset.UTC), observed::set);
        return CursorBranch.prepare(new CursorBranch.Request(selected, offline, locations(), settings));
    }

    private SourceLocations locations() {
        return new SourceLocations(new Environment(home, true, Map.of()));
    }

    private Path cache() {
        return locations().cursorCache();
    }

    private void login() {
        try {
            CursorCredentials.save(CursorCredentials.file(locations()), CursorApiTest.TOKEN, NOW.minusSeconds(86400));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path seedCache() throws IOException {
        Path file = cache().resolve("usage.csv");
        Files.createDirectories(cache());
        Files.writeString(file, OLD_CACHE);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(Duration.ofHours(3))));
        return file;
    }
}
