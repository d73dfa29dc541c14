package dev.tokentracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §8, the local rows and the engine row, through the packaged jar: a home without data, an
 * unreadable home (exit 1), one unreadable or malformed file (skipped and counted), and a native
 * library that is absent or not ours (the Java engine, the same report).
 */
class LocalDegradationIT {

    private final Invocations log = new Invocations();

    static Stream<String> engines() {
        return E2e.engineNames();
    }

    static Stream<Arguments> emptyHomeCases() {
        return E2e.engineNames().flatMap(engine -> Stream.of("models", "monthly", "daily").map(c -> Arguments.of(engine, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("emptyHomeCases")
    void aHomeWithNoDataAtAllSaysSoAndSucceeds(String engine, String command) {
        try (Scene scene = new Scene("empty", log)) {
            PackagedJar.Result run = scene.run(command, "--engine", engine, "--home", scene.scratch.toString()).go();

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(run.out()).isEqualTo("No usage data found.\n");
            assertThat(run.err()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anEmptyGraphIsValidJsonAndSaysSoOnStderr(String engine) throws IOException {
        try (Scene scene = new Scene("empty-graph", log)) {
            PackagedJar.Result run = scene.run("graph", "--engine", engine, "--home", scene.scratch.toString()).go();

            assertThat(run.exitCode()).as(run.command()).isZero();
            JsonNode graph = new ObjectMapper().readTree(run.out());
            assertThat(graph.get("contributions")).isEmpty();
            assertThat(run.err()).isEqualTo("No usage data found.\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anUnreadableHomeFailsTheRun(String engine) throws IOException {
        List<String> asUser = Unprivileged.prefix();
        try (Scene scene = new Scene("unreadable-home", log)) {
            Path home = CorpusWriter.write(scene.scratch.resolve("home"), 7, 2);
            scene.env("XDG_CACHE_HOME", scene.scratch.resolve("cache").toString());
            // The unprivileged child unpacks the native library itself: the suite's shared
            // cache belongs to the user running the build.
            scene.env("TOKEN_TRACKER_NATIVE_CACHE", scene.scratch.resolve("native-cache").toString());
            Unprivileged.openUp(scene.scratch);
            Unprivileged.chmod(home, "---------");
            try {
                PackagedJar.Result run = scene.run("models", "--engine", engine, "--home", home.toString()).under(asUser).go();

                assertThat(run.exitCode()).as(run.command()).isEqualTo(1);
                assertThat(run.out()).isEmpty();
                assertThat(run.err()).as(run.command()).contains("error: could not read local usage data: " + home
                        + ": the home directory cannot be read (permission denied)\n");
            } finally {
                Unprivileged.chmod(home, "rwxr-xr-x");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anUnreadableFileIsSkippedAndCounted(String engine) throws IOException {
        List<String> asUser = Unprivileged.prefix();
        try (Scene scene = new Scene("unreadable-file", log)) {
            Path home = CorpusWriter.write(scene.scratch.resolve("home"), 7, 3);
            scene.env("XDG_CACHE_HOME", scene.scratch.resolve("cache").toString());
            // The unprivileged child unpacks the native library itself: the suite's shared
            // cache belongs to the user running the build.
            scene.env("TOKEN_TRACKER_NATIVE_CACHE", scene.scratch.resolve("native-cache").toString());
            Unprivileged.openUp(scene.scratch);
            String[] args = {"models", "--json", "--verbose", "--engine", engine, "--home", home.toString()};
            PackagedJar.Result without = scene.run(args).under(asUser).go();
            Path project = home.resolve(".claude/projects/-home-dev-p0");
            Path locked = project.resolve("locked.jsonl");
            Files.writeString(locked, "{\"type\":\"assistant\",\"timestamp\":\"2026-01-05T10:00:00.000Z\",\"requestId\":\"req_locked\","
                    + "\"message\":{\"id\":\"msg_locked\",\"model\":\"locked-model\",\"usage\":{\"input_tokens\":5,\"output_tokens\":7}}}\n");
            Unprivileged.chmod(locked, "---------");

            PackagedJar.Result run = scene.run(args).under(asUser).go();

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(run.out()).as("the file's records are not counted").isEqualTo(without.out());
            assertThat(run.err()).as(run.command()).containsPattern("(?m)^claude: \\d+ files read, 1 unreadable, ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void malformedRecordsAreSkippedAndCounted(String engine) {
        try (Scene scene = new Scene("malformed", log)) {
            PackagedJar.Result run = scene.run("models", "--verbose", "--engine", engine, "--home", E2e.home().toString()).go();

            assertThat(run.exitCode()).as(run.command()).isZero();
            // The generated home has one cut-off Claude line in one of every 25 sessions.
            assertThat(run.err()).as(run.command()).containsPattern("(?m)^claude: \\d+ files read, \\d+ records parsed, 1 malformed, ");
        }
    }

    /** A library that is not there, and one that is not ours (it loads, but has no engine in it). */
    static Stream<Arguments> brokenLibraries() {
        return Stream.of(
                Arguments.of("absent", "/nonexistent/libtoken_tracker_core.so"),
                Arguments.of("no engine", findLibz()));
    }

    private static String findLibz() {
        for (String candidate : new String[] {"/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib/x86_64-linux-gnu/libz.so.1",
            "/lib/aarch64-linux-gnu/libz.so.1", "/usr/lib/libz.so.1", "/lib64/libz.so.1"}) {
            if (Files.isRegularFile(Path.of(candidate))) {
                return candidate;
            }
        }
        return "/nonexistent/libz.so.1";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLibraries")
    void anUnusableNativeLibraryFallsBackToTheJavaEngine(String what, String library) {
        try (Scene scene = new Scene("no-native", log)) {
            String[] report = {"daily", "--json", "--home", E2e.home().toString()};
            PackagedJar.Result java = scene.run(report).args("--engine", "java").go();

            PackagedJar.Result auto = scene.run(report).args("--verbose", "--benchmark")
                    .jvm("-Dtokentracker.native.library=" + library).go();
            PackagedJar.Result forced = scene.run(report).args("--engine", "native")
                    .jvm("-Dtokentracker.native.library=" + library).go();

            assertThat(auto.exitCode()).as(auto.command()).isZero();
            assertThat(auto.out()).isEqualTo(java.out());
            assertThat(auto.err().lines().filter(l -> l.startsWith("engine: ")).toList()).as(auto.command())
                    .hasSize(2).allSatisfy(line -> assertThat(line).startsWith("engine: java (native engine unavailable: "));
            assertThat(forced.exitCode()).as(forced.command()).isEqualTo(1);
            assertThat(forced.out()).isEmpty();
            assertThat(forced.err()).startsWith("error: the native engine is unavailable: ");
        }
    }

    @Test
    void theEngineThatRanIsNamed() {
        try (Scene scene = new Scene("engine-named", log)) {
            for (String engine : E2e.engines()) {
                PackagedJar.Result run = scene.run("models", "--benchmark", "--engine", engine, "--home", E2e.home().toString()).go();
                assertThat(run.err()).as(run.command()).containsPattern("(?m)^engine: " + engine + " \\(");
            }
        }
    }
}
