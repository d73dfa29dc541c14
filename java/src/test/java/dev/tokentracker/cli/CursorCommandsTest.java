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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cursor login | logout | status} through the real command line, against a loopback
 * Cursor. After every test, everything the tool printed (stdout and stderr, every path,
 * {@code --verbose} included) is checked for the token.
 */
class CursorCommandsTest {

    static final String TOKEN = "user_01CLITEST%3A%3AeyJjbGkiOiJ0ZXN0In0.c2VjcmV0LXNpZ25hdHVyZQ";
    static final Instant NOW = Instant.parse("2026-05-02T12:00:00Z");
    static final String SUMMARY = "/api/usage-summary";
    static final String EXPORT = "/api/dashboard/export-usage-events-csv";
    static final String VALID_SUMMARY =
            "{\"billingCycleStart\":\"2026-05-01T00:00:00.000Z\",\"billingCycleEnd\":\"2026-06-01T00:00:00.000Z\",\"membershipType\":\"pro\"}";

    /** One run of the command line. */
    record Run(int code, String out, String err) {
    }

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

    Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("HOME", home.toString(), "TOKEN_TRACKER_CURSOR_URL", server.baseUrl(),
                "XDG_CACHE_HOME", PriceCacheFixture.freshAt(NOW));
        int code = Cli.create(new PrintWriter(out), new PrintWriter(err), env, Clock.fixed(NOW, ZoneOffset.UTC), false,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).execute(args);
        printed.add(out.toString());
        printed.add(err.toString());
        return new Run(code, out.toString(), err.toString());
    }

    Path credentials() {
        return home.resolve(".token-tracker/cursor-credentials.json");
    }

    Path cachedExport() {
        return home.resolve(".token-tracker/cursor-cache/usage.csv");
    }

    void loggedIn() throws IOException {
        CursorCredentials.save(credentials(), new SessionToken(TOKEN), Instant.parse("2026-05-01T08:00:00Z"));
    }

    void cached(String csv) throws IOException {
        Files.createDirectories(cachedExport().getParent());
        Files.writeString(cachedExport(), csv);
        Files.setLastModifiedTime(cachedExport(), FileTime.from(NOW.minus(Duration.ofHours(3))));
    }

    // ---- login -----------------------------------------------------------------------------

    @Test
    void loginChecksTheTokenThenSavesIt() throws IOException {
        server.on(SUMMARY, LoopbackServer.json(VALID_SUMMARY));

        Run run = run(TOKEN + "\n", "cursor", "login", "--token-stdin");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Logged in to Cursor (membership: pro).\nCredentials: " + credentials() + "\n");
        assertThat(run.err()).isEmpty();
        assertThat(server.requests()).singleElement()
                .satisfies(r -> assertThat(r.header("Cookie")).isEqualTo("WorkosCursorSessionToken=" + TOKEN));
        assertThat(Files.readString(credentials())).contains("\"sessionToken\": \"" + TOKEN + "\"")
                .contains("\"createdAt\": \"2026-05-02T12:00:00Z\"");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theSavedLoginIsPrivate() throws IOException {
        server.on(SUMMARY, LoopbackServer.json(VALID_SUMMARY));

        run(TOKEN + "\n", "cursor", "login", "--token-stdin");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void loginReadsAPipedLineWithoutTheFlag() {
        server.on(SUMMARY, LoopbackServer.json(VALID_SUMMARY));

        Run run = run("  WorkosCursorSessionToken=" + TOKEN + "  \r\n", "cursor", "login");

        assertThat(run.code()).isZero();
        assertThat(server.requests().getFirst().header("Cookie")).isEqualTo("WorkosCursorSessionToken=" + TOKEN);
    }

    @Test
    void anEmptyTokenIsRefusedWithoutAsking() {
        Run run = run("\n", "cursor", "login", "--token-stdin");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: No token provided.\n");
        assertThat(server.requests()).isEmpty();
        assertThat(credentials()).doesNotExist();
    }

    @Test
    void somethingThatIsNotACookieValueIsRefusedWithoutAsking() {
        Run run = run("CLITEST not; a token\n", "cursor", "login", "--token-stdin");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: That is not a cookie value");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aRejectedTokenIsNotSaved() {
        server.on(SUMMARY, LoopbackServer.text(401, "application/json", "{\"error\":\"" + TOKEN + "\"}"));

        Run run = run(TOKEN + "\n", "cursor", "login", "--token-stdin", "--verbose");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("error: Invalid token: 127.0.0.1:")
                .contains("rejected the session (HTTP 401)").endsWith("Nothing was saved.\n")
                .contains("GET " + server.baseUrl() + SUMMARY + ": HTTP 401");
        assertThat(credentials()).doesNotExist();
    }

    @Test
    void anAnswerThatIsNotAUsageSummaryIsAnInvalidToken() {
        server.on(SUMMARY, LoopbackServer.text(200, "text/html", "<html>log in</html>"));

        Run run = run(TOKEN + "\n", "cursor", "login", "--token-stdin");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: Invalid token: Cursor's usage summary is not valid JSON");
        assertThat(credentials()).doesNotExist();
    }

    @Test
    void aTokenThatCannotBeCheckedIsNotSaved() {
        server.close();

        Run run = run(TOKEN + "\n", "cursor", "login", "--token-stdin");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: Could not check the token: could not connect to 127.0.0.1:");
        assertThat(credentials()).doesNotExist();
    }

    @Test
    void loggingInAgainReplacesTheLoginOnlyWhenTheNewTokenIsValid() throws IOException {
        loggedIn();
        String before = Files.readString(credentials());
        server.on(SUMMARY, LoopbackServer.text(403, "text/plain", "no"));

        Run refused = run("other-token\n", "cursor", "login", "--token-stdin");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(credentials()).hasContent(before);

        server.on(SUMMARY, LoopbackServer.json(VALID_SUMMARY));
        Run replaced = run("other-token\n", "cursor", "login", "--token-stdin");

        assertThat(replaced.code()).isZero();
        assertThat(replaced.out()).contains("The previous login was replaced.");
        assertThat(Files.readString(credentials())).contains("\"sessionToken\": \"other-token\"");
    }

    // ---- logout ----------------------------------------------------------------------------

    @Test
    void logoutRemovesTheLoginAndKeepsTheCache() throws IOException {
        loggedIn();
        cached("Date,Model\n");

        Run run = run("", "cursor", "logout");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Logged out from Cursor (removed " + credentials() + ").\n");
        assertThat(credentials()).doesNotExist();
        assertThat(cachedExport()).exists();
    }

    @Test
    void logoutWhenNotLoggedInIsNotAnError() {
        Run run = run("", "cursor", "logout");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("Not logged in to Cursor.\n");
    }

    // ---- status ----------------------------------------------------------------------------

    @Test
    void statusShowsTheSessionAndTheCachedExport() throws IOException {
        loggedIn();
        cached("Date,Model\n\"2026-05-01T00:00:00Z\",\"auto\"\n\"2026-05-01T00:00:01Z\",\"auto\"\n");
        server.on(SUMMARY, LoopbackServer.json(VALID_SUMMARY));

        Run run = run("", "cursor", "status", "--verbose");

        assertThat(run.code()).isZero();
        assertThat(run.err()).startsWith("GET " + server.baseUrl() + SUMMARY + ": HTTP 200, ");
        assertThat(run.out()).isEqualTo("Logged in to Cursor since 2026-05-01T08:00:00Z.\n"
                + "Session: valid, membership: pro.\n"
                + "Credentials: " + credentials() + "\n"
                + "Cached export: " + cachedExport() + ", 2 rows, 3 hours old, saved 2026-05-02 09:00 UTC.\n");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void statusWarnsWhenOthersCanReadTheCredentials() throws IOException {
        loggedIn();
        Files.setPosixFilePermissions(credentials(), PosixFilePermissions.fromString("rw-r--r--"));

        Run run = run("", "cursor", "status", "--offline");

        assertThat(run.err()).isEqualTo("warning: " + credentials() + ": its permissions are rw-r--r--; other users may"
                + " read it (run: chmod 600 " + credentials() + ")\n");
    }

    @Test
    void statusOfAnExpiredSessionSaysToLogInAgain() throws IOException {
        loggedIn();
        server.on(SUMMARY, LoopbackServer.text(401, "text/plain", "expired"));

        Run run = run("", "cursor", "status");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("Session: invalid (127.0.0.1:").contains("HTTP 401")
                .contains("Run 'token-tracker cursor login' to log in again.")
                .contains("Cached export: none yet");
    }

    @Test
    void statusWhenCursorCannotBeReached() throws IOException {
        loggedIn();
        server.on(SUMMARY, LoopbackServer.text(500, "text/plain", "oops"));

        Run run = run("", "cursor", "status");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("Session: could not be checked (127.0.0.1:").contains("answered HTTP 500).");
    }

    @Test
    void statusOfflineDoesNotCallCursor() throws IOException {
        loggedIn();

        Run run = run("", "cursor", "status", "--offline");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Session: not checked (--offline).");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void statusWhenNotLoggedIn() {
        Run run = run("", "cursor", "status");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith("Not logged in to Cursor. Run 'token-tracker cursor login'");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void statusOfAnUnreadableFileDoesNotPrintIt() throws IOException {
        Files.createDirectories(credentials().getParent());
        Files.writeString(credentials(), "{\"sessionToken\": \"" + TOKEN + "\", broken");

        Run run = run("", "cursor", "status");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith("Not logged in to Cursor: the credentials file cannot be read");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void homeGivenBeforeTheCommandIsUsed() throws IOException {
        Path other = Files.createDirectories(home.resolve("other"));
        Files.createDirectories(other.resolve(".token-tracker"));
        Files.writeString(other.resolve(".token-tracker/cursor-credentials.json"), "{\"sessionToken\": \"x\"}");

        Run run = run("", "--home", other.toString(), "cursor", "status", "--offline");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Credentials: " + other.resolve(".token-tracker/cursor-credentials.json"));
    }

    @Test
    void cursorWithoutACommandIsAUsageError() {
        Run run = run("", "cursor");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: missing command: login, logout or status");
    }
}
