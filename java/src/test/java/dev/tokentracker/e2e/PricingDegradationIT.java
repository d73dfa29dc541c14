package dev.tokentracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.pricing.PriceCache;
import dev.tokentracker.pricing.PriceSnapshot;
import dev.tokentracker.testing.LoopbackServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §8, the pricing row, through the packaged jar against a stand-in LiteLLM on loopback: a
 * failed or hung fetch falls back to the expired cache, else the bundled snapshot, with one
 * warning saying which; the report is the same as with fresh prices (the stand-in serves the
 * snapshot's prices). "Else cost 0" cannot happen with a packaged jar, which always carries its
 * snapshot; {@code PricingBranchTest} covers it.
 *
 * <p>These cases run one at a time: one of them measures how long a run takes.
 */
class PricingDegradationIT {

    private static final Pattern MS = Pattern.compile("([0-9]+\\.[0-9]) ms");

    /** What the pricing branch spends besides waiting (measured: about 0.4 s on 2 cores). */
    private static final double SETUP_MS = 1_500;

    private final Invocations log = new Invocations();

    static Stream<String> engines() {
        return E2e.engineNames();
    }

    private static String[] report(String engine, String... more) {
        return Stream.concat(Stream.of("models", "--engine", engine, "--home", E2e.home().toString()), Stream.of(more))
                .toArray(String[]::new);
    }

    /** The same report with prices from a fresh cache: what every degraded run must still print. */
    private String expected(String engine) {
        try (Scene scene = new Scene("fresh-prices", log)) {
            PackagedJar.Result run = scene.run(report(engine)).go();
            assertThat(run.exitCode()).as(run.command()).isZero();
            return run.out();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aGoodFetchPricesLikeTheSnapshotAndFillsTheCache(String engine) {
        try (Scene scene = new Scene("fetch-ok", log).pricesFromNetwork()) {
            scene.litellm.on(E2e.PRICES_PATH, LoopbackServer.bytes(200, E2e.liteLlmTable()));

            PackagedJar.Result run = scene.run(report(engine)).go();

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(run.err()).as(run.command()).doesNotContain("could not fetch");
            assertThat(run.out()).isEqualTo(expected(engine));
            assertThat(scene.litellm.requests()).hasSize(1);
            assertThat(scene.priceCacheFile()).isRegularFile();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aFailedFetchUsesTheExpiredCache(String engine) throws IOException {
        try (Scene scene = new Scene("fetch-fails-cache", log).pricesFromNetwork()) {
            scene.litellm.on(E2e.PRICES_PATH, LoopbackServer.text(500, "text/plain", "down"));
            new PriceCache(scene.priceCacheFile()).write(PriceSnapshot.bundled().entries(),
                    Instant.now().minus(Duration.ofHours(3)), scene.litellm.baseUrl() + E2e.PRICES_PATH);

            PackagedJar.Result run = scene.run(report(engine)).go();

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(warnings(run)).containsExactly("warning: could not fetch prices (HTTP 500); using cached prices fetched 3 h ago");
            assertThat(run.out()).isEqualTo(expected(engine));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aFailedFetchWithoutACacheUsesTheBundledSnapshot(String engine) {
        try (Scene scene = new Scene("fetch-fails", log).pricesFromNetwork()) {
            scene.litellm.on(E2e.PRICES_PATH, LoopbackServer.text(502, "text/plain", "bad gateway"));

            PackagedJar.Result run = scene.run(report(engine)).go();

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(warnings(run)).singleElement().asString()
                    .matches("warning: could not fetch prices \\(HTTP 502\\); using the bundled price snapshot of \\d{4}-\\d{2}-\\d{2}");
            assertThat(run.out()).isEqualTo(expected(engine));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aServerThatNeverAnswersCostsAtMostFiveSecondsMoreThanTheParse(String engine) {
        try (Scene scene = new Scene("fetch-hangs", log).pricesFromNetwork()) {
            scene.litellm.on(E2e.PRICES_PATH, exchange -> Thread.sleep(Duration.ofSeconds(60)));

            PackagedJar.Result run = scene.run(report(engine, "--benchmark")).go();

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(warnings(run)).singleElement().asString()
                    .startsWith("warning: could not fetch prices (no complete answer within 5 s); using the bundled price snapshot of ");
            assertThat(run.out()).isEqualTo(expected(engine));
            double pricing = millis(run.err(), "pricing ");
            double parse = millis(run.err(), "local parse ");
            double finalize = millis(run.err(), "finalize: ");
            double total = millis(run.err(), "total: ");
            // The branch also sets up its HTTP client and, after the deadline, loads the snapshot.
            assertThat(pricing).as("the fetch waited for its deadline, no longer").isBetween(4_950.0, 5_000.0 + SETUP_MS);
            assertThat(total).as(run.err()).isLessThanOrEqualTo(5_000.0 + SETUP_MS + parse + finalize);
            // The whole process: the same bound plus the JVM's start and the rendering.
            assertThat(run.elapsed()).isLessThan(Duration.ofMillis((long) (5_000.0 + SETUP_MS + parse + finalize) + 3_000));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void offlineNeverAsksLiteLlm(String engine) {
        try (Scene scene = new Scene("offline", log).pricesFromNetwork()) {
            scene.litellm.on(E2e.PRICES_PATH, LoopbackServer.bytes(200, E2e.liteLlmTable()));
            scene.loggedIn().cursor.on(Scene.EXPORT_PATH, LoopbackServer.csv(Scene.FRESH_EXPORT));

            PackagedJar.Result run = scene.run(report(engine, "--offline")).go();

            assertThat(run.exitCode()).as(run.command()).isZero();
            assertThat(warnings(run)).as(run.command()).isEmpty();
            assertThat(scene.litellm.requests()).isEmpty();
            assertThat(scene.cursor.requests()).isEmpty();
            assertThat(run.out()).isEqualTo(expected(engine));
        }
    }

    private static java.util.List<String> warnings(PackagedJar.Result run) {
        return run.err().lines().filter(l -> l.startsWith("warning:")).filter(l -> !l.startsWith("warning: no price for")).toList();
    }

    /** The milliseconds printed right after {@code label} in the --benchmark lines. */
    static double millis(String err, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + MS.pattern()).matcher(err);
        if (!m.find()) {
            throw new AssertionError("no '" + label + "' timing in:\n" + err);
        }
        return Double.parseDouble(m.group(1));
    }
}
