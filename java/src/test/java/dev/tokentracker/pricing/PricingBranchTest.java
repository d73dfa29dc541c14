package dev.tokentracker.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.testing.LoopbackServer;
import dev.tokentracker.testing.TestData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pricing fallback chain of SPEC §5 against a real HTTP server on the loopback interface:
 * fresh cache, fetch, expired cache, bundled snapshot, nothing, each with its one warning.
 */
class PricingBranchTest {

    /** Where the loopback server serves the price table. */
    private static final String PRICES = "/model_prices_and_context_window.json";

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Map<String, ModelRates> CACHED = Map.of("cached-model",
            new ModelRates(1, 2, -1, -1, -1, -1, -1, -1, -1, -1));

    @TempDir
    Path dir;

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(TestData.dir().resolve("pricing/litellm-sample.json"));
    }

    private Path cacheFile() {
        return dir.resolve("cache/token-tracker/pricing.json");
    }

    private PricingSettings settings(String url, boolean offline) {
        return new PricingSettings(offline, cacheFile(), url, CLOCK, PriceFetcher.TIMEOUT, PriceFetcher.MAX_BYTES);
    }

    private void cacheFetched(Duration ago, String url) throws IOException {
        new PriceCache(cacheFile()).write(CACHED, NOW.minus(ago), url);
    }

    @Test
    void aFreshCacheIsUsedWithoutARequest() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {
            cacheFetched(Duration.ofMinutes(59), server.baseUrl() + PRICES);

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false));

            assertThat(server.requests()).isEmpty();
            assertThat(outcome.warnings()).isEmpty();
            assertThat(outcome.table().entries()).containsOnlyKeys("cached-model");
            assertThat(outcome.table().origin()).isEqualTo(
                    new PriceOrigin(PriceOrigin.Kind.FRESH_CACHE, NOW.minus(Duration.ofMinutes(59)), server.baseUrl() + PRICES));
        }
    }

    @Test
    void anExpiredCacheIsRefreshed() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {
            cacheFetched(Duration.ofMinutes(60), server.baseUrl() + PRICES);

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false));

            assertThat(server.requests()).hasSize(1);
            assertThat(outcome.warnings()).isEmpty();
            assertThat(outcome.table().entries()).containsKey("alpha-chat-4-5").doesNotContainKey("cached-model");
            assertThat(outcome.table().origin()).isEqualTo(new PriceOrigin(PriceOrigin.Kind.NETWORK, NOW, server.baseUrl() + PRICES));
            PriceCache.Entry rewritten = new PriceCache(cacheFile()).read().orElseThrow();
            assertThat(rewritten.fetchedAt()).isEqualTo(NOW);
            assertThat(rewritten.models()).isEqualTo(outcome.table().entries());
        }
    }

    @Test
    void aCacheFromAnotherUrlIsNotFresh() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {
            cacheFetched(Duration.ofMinutes(5), "https://example.invalid/prices.json");

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false));

            assertThat(server.requests()).hasSize(1);
            assertThat(outcome.table().origin().kind()).isEqualTo(PriceOrigin.Kind.NETWORK);
        }
    }

    @Test
    void aCorruptCacheIsIgnoredAndReplaced() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {
            Files.createDirectories(cacheFile().getParent());
            Files.writeString(cacheFile(), "{\"format\":1,\"models\":{\"x\":{\"input\":");

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false));

            assertThat(outcome.warnings()).isEmpty();
            assertThat(outcome.table().origin().kind()).isEqualTo(PriceOrigin.Kind.NETWORK);
            assertThat(new PriceCache(cacheFile()).read()).isPresent();
        }
    }

    @Test
    void serverErrorFallsBackToTheExpiredCache() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(500, new byte[0]))) {
            cacheFetched(Duration.ofHours(3).plusMinutes(20), server.baseUrl() + PRICES);

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false));

            assertThat(outcome.warnings()).containsExactly(
                    "could not fetch prices (HTTP 500); using cached prices fetched 3 h ago");
            assertThat(outcome.table().entries()).containsOnlyKeys("cached-model");
            assertThat(outcome.table().origin().kind()).isEqualTo(PriceOrigin.Kind.EXPIRED_CACHE);
        }
    }

    @Test
    void serverErrorWithoutCacheFallsBackToTheBundledSnapshot() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(503, "busy".getBytes(StandardCharsets.UTF_8)))) {

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false));

            assertThat(outcome.warnings()).containsExactly(
                    "could not fetch prices (HTTP 503); using the bundled price snapshot of 2026-02-24");
            assertThat(outcome.table().origin().kind()).isEqualTo(PriceOrigin.Kind.SNAPSHOT);
            assertThat(outcome.table().size()).isGreaterThan(1000);
            assertThat(cacheFile()).doesNotExist();
        }
    }

    @Test
    void withNothingLeftEveryCostIsZero() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(500, new byte[0]))) {

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false),
                    () -> PriceTable.empty(new PriceOrigin(PriceOrigin.Kind.NONE, null, "")));

            assertThat(outcome.warnings()).containsExactly(
                    "could not fetch prices (HTTP 500); no price data: every cost is $0.00");
            assertThat(outcome.table().size()).isZero();
            assertThat(outcome.table().origin().kind()).isEqualTo(PriceOrigin.Kind.NONE);
        }
    }

    @Test
    void aGarbageBodyIsAFailure() throws IOException {
        byte[] html = "<html><body>rate limited</body></html>".getBytes(StandardCharsets.UTF_8);
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, html))) {

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false));

            assertThat(outcome.warnings()).containsExactly("could not fetch prices (the answer is not a LiteLLM "
                    + "price table); using the bundled price snapshot of 2026-02-24");
            assertThat(cacheFile()).doesNotExist();
        }
    }

    @Test
    void aJsonObjectWithoutChatModelsIsAFailure() throws IOException {
        byte[] json = "{\"sample_spec\":{\"mode\":\"chat\"},\"e\":{\"mode\":\"embedding\",\"input_cost_per_token\":1e-7}}"
                .getBytes(StandardCharsets.UTF_8);
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, json))) {

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false));

            assertThat(outcome.warnings()).containsExactly("could not fetch prices (the answer has no chat model "
                    + "prices); using the bundled price snapshot of 2026-02-24");
        }
    }

    @Test
    void aServerThatTricklesItsBodyIsCutOffAtTheFiveSecondDeadline() throws IOException {
        LoopbackServer.Responder trickle = exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 600; i++) {
                out.write(i == 0 ? '{' : ' ');
                out.flush();
                Thread.sleep(100);
            }
        };
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, trickle)) {
            long start = System.nanoTime();

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false));

            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertThat(elapsed).isBetween(Duration.ofMillis(4_900), Duration.ofMillis(6_500));
            assertThat(outcome.warnings()).containsExactly("could not fetch prices (no complete answer within 5 s); "
                    + "using the bundled price snapshot of 2026-02-24");
        }
    }

    @Test
    void aServerThatNeverAnswersIsCutOffAtTheDeadline() throws IOException {
        LoopbackServer.Responder silent = exchange -> Thread.sleep(60_000);
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, silent)) {
            PricingSettings quick = new PricingSettings(false, cacheFile(), server.baseUrl() + PRICES, CLOCK,
                    Duration.ofMillis(300), PriceFetcher.MAX_BYTES);
            long start = System.nanoTime();

            PricingBranch.Outcome outcome = PricingBranch.load(quick);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_000));
            assertThat(outcome.warnings()).singleElement().asString()
                    .startsWith("could not fetch prices (no ").contains("answer within 300 ms");
        }
    }

    @Test
    void anOversizedBodyIsRefusedWhileStreaming() throws IOException {
        byte[] chunk = new byte[1024 * 1024];
        LoopbackServer.Responder endless = exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    out.write(chunk);
                }
            }
        };
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, endless)) {

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false));

            assertThat(outcome.warnings()).containsExactly("could not fetch prices (the answer is larger than 32 MiB); "
                    + "using the bundled price snapshot of 2026-02-24");
        }
    }

    @Test
    void anOversizedDeclaredLengthIsRefusedBeforeReading() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {
            PricingSettings capped = new PricingSettings(false, cacheFile(), server.baseUrl() + PRICES, CLOCK,
                    PriceFetcher.TIMEOUT, 1000);

            PricingBranch.Outcome outcome = PricingBranch.load(capped);

            assertThat(outcome.warnings()).singleElement().asString()
                    .startsWith("could not fetch prices (the answer is larger than 1000 bytes); ");
        }
    }

    @Test
    void offlineMakesNoRequestAndUsesTheCacheOfAnyAgeSilently() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {
            cacheFetched(Duration.ofDays(30), server.baseUrl() + PRICES);

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, true));

            assertThat(server.requests()).isEmpty();
            assertThat(outcome.warnings()).isEmpty();
            assertThat(outcome.table().entries()).containsOnlyKeys("cached-model");
            assertThat(outcome.table().origin().kind()).isEqualTo(PriceOrigin.Kind.EXPIRED_CACHE);
        }
    }

    @Test
    void offlineWithoutCacheUsesTheSnapshotSilently() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, true));

            assertThat(server.requests()).isEmpty();
            assertThat(outcome.warnings()).isEmpty();
            assertThat(outcome.table().origin().kind()).isEqualTo(PriceOrigin.Kind.SNAPSHOT);
            assertThat(cacheFile()).doesNotExist();
        }
    }

    @Test
    void offlineWithNothingWarnsOnce() {
        PricingBranch.Outcome outcome = PricingBranch.load(settings("http://127.0.0.1:9/", true),
                () -> PriceTable.empty(new PriceOrigin(PriceOrigin.Kind.NONE, null, "")));

        assertThat(outcome.warnings()).containsExactly("no price data: every cost is $0.00");
    }

    @Test
    void aRefusedConnectionIsAFailure() throws IOException {
        String url;
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, new byte[0]))) {
            url = server.baseUrl() + PRICES;
        }

        PricingBranch.Outcome outcome = PricingBranch.load(settings(url, false));

        assertThat(outcome.warnings()).singleElement().asString().startsWith("could not fetch prices (could not connect to 127.0.0.1:");
    }

    @Test
    void aUrlThatIsNotHttpIsAFailure() {
        PricingBranch.Outcome outcome = PricingBranch.load(settings("file:///etc/passwd", false));

        assertThat(outcome.warnings()).containsExactly("could not fetch prices (not an http(s) URL: file:///etc/passwd); "
                + "using the bundled price snapshot of 2026-02-24");
    }

    @Test
    void aCacheThatCannotBeWrittenDoesNotSpoilTheFetch() throws IOException {
        Files.writeString(dir.resolve("cache"), "a file where the cache directory should be");
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {

            PricingBranch.Outcome outcome = PricingBranch.load(settings(server.baseUrl() + PRICES, false));

            assertThat(outcome.warnings()).isEmpty();
            assertThat(outcome.table().origin().kind()).isEqualTo(PriceOrigin.Kind.NETWORK);
        }
    }

    @Test
    void agesAreWholeUnitsRoundedDown() {
        assertThat(PricingBranch.ago(Duration.ofSeconds(30))).isEqualTo("less than a minute ago");
        assertThat(PricingBranch.ago(Duration.ofMinutes(59))).isEqualTo("59 min ago");
        assertThat(PricingBranch.ago(Duration.ofMinutes(119))).isEqualTo("1 h ago");
        assertThat(PricingBranch.ago(Duration.ofHours(47))).isEqualTo("47 h ago");
        assertThat(PricingBranch.ago(Duration.ofHours(48))).isEqualTo("2 days ago");
        assertThat(PricingBranch.ago(Duration.ofHours(-5))).isEqualTo("less than a minute ago");
    }
}
