package dev.tokentracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.testing.LoopbackServer;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §8, the Cursor rows, through the packaged jar against a stand-in Cursor on loopback:
 * whatever Cursor does, the report comes out (exit 0) with the local data, from the cached export
 * when there is one, and one warning that says what failed and what the report uses instead.
 *
 * <p>The cases mostly wait on sockets (one waits out the 20 s deadline), so they run concurrently.
 */
@Execution(ExecutionMode.CONCURRENT)
class CursorDegradationIT {

    private final Invocations log = new Invocations();
    private final List<PackagedJar.Result> results = new ArrayList<>();

    @AfterEach
    void theTokenIsNeverPrinted() {
        assertThat(results).allSatisfy(r -> assertThat(r.out() + r.err()).doesNotContain(Scene.TOKEN)
                .doesNotContain("c2lnbmF0dXJl"));
    }

    private PackagedJar.Result report(Scene scene, String engine, String... more) {
        List<String> args = new ArrayList<>(List.of("models", "--json", "--engine", engine, "--home", E2e.home().toString()));
        args.addAll(List.of(more));
        PackagedJar.Result result = scene.run(args.toArray(String[]::new)).go();
        results.add(result);
        return result;
    }

    static Stream<String> engines() {
        return E2e.engineNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void noCredentialsMeansNoSyncAndNoWarning(String engine) {
        try (Scene scene = new Scene("no-login", log)) {
            PackagedJar.Result run = report(scene, engine);

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(run.err()).as(run.command()).doesNotContain("Cursor").doesNotContain("cursor");
            assertThat(scene.cursor.requests()).isEmpty();
            assertThat(ReportJson.of(run.out()).sources()).containsExactlyInAnyOrder("claude", "codex", "gemini", "opencode");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anExportPutInTheFolderByHandIsReadWithoutALogin(String engine) {
        try (Scene scene = new Scene("by-hand", log)) {
            scene.cachedExport();

            PackagedJar.Result run = report(scene, engine);

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(run.err()).as(run.command()).doesNotContain("Cursor");
            assertThat(scene.cursor.requests()).isEmpty();
            assertThat(ReportJson.of(run.out()).models()).contains("cursor/cached-cursor-model");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aSuccessfulSyncReportsTheFreshExport(String engine) throws IOException {
        try (Scene scene = new Scene("sync-ok", log)) {
            scene.loggedIn().cachedExport();
            scene.cursor.on(Scene.EXPORT_PATH, LoopbackServer.csv(Scene.FRESH_EXPORT));

            PackagedJar.Result run = report(scene, engine, "--verbose");

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(run.err()).as(run.command()).doesNotContain("Cursor").contains("cursor sync: fetched 1 row");
            assertThat(ReportJson.of(run.out()).models()).contains("cursor/fresh-cursor-model")
                    .doesNotContain("cursor/cached-cursor-model");
            assertThat(Files.readString(scene.cursorCache().resolve("usage.csv"))).isEqualTo(Scene.FRESH_EXPORT);
            assertThat(scene.cursor.requests()).singleElement()
                    .satisfies(r -> assertThat(r.header("Cookie")).isEqualTo("WorkosCursorSessionToken=" + Scene.TOKEN));
        }
    }

    /** Every way the sync can fail, with the words the warning must contain. */
    static Stream<Arguments> failures() {
        List<Arguments> cases = new ArrayList<>();
        Object[][] failures = {
            {"HTTP 500", LoopbackServer.text(500, "text/plain", "oops"), "answered HTTP 500"},
            {"HTTP 503", LoopbackServer.text(503, "text/plain", "busy"), "answered HTTP 503"},
            {"HTTP 401", LoopbackServer.text(401, "text/plain", "expired"),
                "rejected the session (HTTP 401): it has expired or was revoked; run `token-tracker cursor login` to log in again"},
            {"HTTP 403", LoopbackServer.text(403, "text/plain", "forbidden"),
                "rejected the session (HTTP 403): it has expired or was revoked; run `token-tracker cursor login` to log in again"},
            {"HTML page", LoopbackServer.text(200, "text/html", "<!doctype html><title>Log in</title>"),
                "Cursor sent a web page instead of the CSV export"},
            {"not an export", LoopbackServer.text(200, "text/csv", "Date,Something\n1,2\n"),
                "it is not a usage export"},
            {"truncated", LoopbackServer.cutShort(Scene.FRESH_EXPORT, 90), "was cut short"},
            {"timeout", LoopbackServer.silentFor(Duration.ofSeconds(40)), "no complete answer from 127.0.0.1:"},
        };
        for (String engine : E2e.engines()) {
            for (Object[] failure : failures) {
                for (boolean cached : new boolean[] {true, false}) {
                    if (failure[0].equals("timeout") && !cached) {
                        continue; // 20 s each: the fallback wording is the same as for the other failures
                    }
                    cases.add(Arguments.of(engine, failure[0], cached, failure[1], failure[2]));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}, cached export: {2}")
    @MethodSource("failures")
    void aFailedSyncDegradesToTheCachedExportOrToLocalOnly(String engine, String what, boolean cached,
            LoopbackServer.Responder responder, String says) throws IOException {
        try (Scene scene = new Scene("sync-fails", log)) {
            scene.loggedIn();
            if (cached) {
                scene.cachedExport();
            }
            scene.cursor.on(Scene.EXPORT_PATH, responder);

            PackagedJar.Result run = report(scene, engine, "--verbose");

            assertThat(run.exitCode()).as(run.command()).isZero();
            List<String> warnings = run.err().lines().filter(l -> l.startsWith("warning:"))
                    .filter(l -> !l.startsWith("warning: no price for")).toList();
            String fallback = cached ? "; using the cached Cursor export (3 hours old, saved " : "; no Cursor data in this report";
            assertThat(warnings).as(run.command()).singleElement().asString()
                    .startsWith("warning: Cursor sync failed: ").contains(says).contains(fallback);
            assertThat(run.err()).contains("cursor sync: failed (see the warning above)");
            ReportJson report = ReportJson.of(run.out());
            assertThat(report.sources()).contains("claude", "codex", "gemini", "opencode");
            if (cached) {
                assertThat(report.models()).contains("cursor/cached-cursor-model");
                assertThat(Files.readString(scene.cursorCache().resolve("usage.csv"))).as("cache untouched")
                        .isEqualTo(Scene.CACHED_EXPORT);
            } else {
                assertThat(report.sources()).doesNotContain("cursor");
                assertThat(scene.cursorCache().resolve("usage.csv")).doesNotExist();
            }
            if (what.equals("timeout")) {
                assertThat(run.elapsed()).as("the 20 s deadline holds").isLessThan(Duration.ofSeconds(35));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void noCursorCsvMeansNoCursorRows(String engine) throws IOException {
        try (Scene scene = new Scene("no-csv", log)) {
            Files.createDirectories(scene.cursorCache());

            PackagedJar.Result run = report(scene, engine, "--cursor");

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(run.err()).as(run.command()).isEmpty();
            assertThat(ReportJson.of(run.out()).rows()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aCorruptCsvLosesItsBadRowsOrTheWholeFileWithAWarning(String engine) {
        try (Scene scene = new Scene("corrupt-csv", log)) {
            scene.export("usage.csv", Scene.CACHED_EXPORT
                    + "\"2026-02-01T11:00:00.000Z\",\"Included\",\"cached-cursor-model\",\"No\",\"ten\",\"20\",\"30\",\"40\",\"100\",\"0.05\"\n"
                    + "\"2026-02-01T12:00:00.000Z\",\"Included\",\"short-row\"\n", Duration.ofHours(1));
            scene.export("wrong-header.csv", "When,What\n2026-02-01,x\n", Duration.ofHours(1));

            PackagedJar.Result run = report(scene, engine, "--cursor", "--verbose");

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(run.err()).as(run.command())
                    .contains("warning: " + scene.cursorCache().resolve("usage.csv") + ": skipped 2 malformed row(s), the first at line 3")
                    .contains("warning: skipped " + scene.cursorCache().resolve("wrong-header.csv"))
                    .contains("cursor: 1 file read, 1 unreadable, ");
            assertThat(ReportJson.of(run.out()).models()).containsExactly("cursor/cached-cursor-model");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anUnreadableLoginIsNotSyncedAndSaysSo(String engine) throws IOException {
        try (Scene scene = new Scene("bad-login", log)) {
            Files.createDirectories(scene.trackerHome);
            Files.writeString(scene.trackerHome.resolve("cursor-credentials.json"), "not json");

            PackagedJar.Result run = report(scene, engine);

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(run.err()).as(run.command()).contains("cannot be read, so Cursor was not synced; run `token-tracker cursor login`"
                    + " to log in again; no Cursor data in this report");
            assertThat(scene.cursor.requests()).isEmpty();
        }
    }
}
