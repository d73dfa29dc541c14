package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.testing.LoopbackServer;
import dev.tokentracker.testing.TestData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the CLI takes its prices from: {@code TOKEN_TRACKER_PRICING_URL}, the cache under
 * {@code XDG_CACHE_HOME} or the home, and {@code --offline} (no request at all), for both the
 * {@code pricing} command and a report run. The price server is a real HTTP server on loopback.
 */
class PriceSourceCliTest {

    /** Where the loopback server serves the price table. */
    private static final String PRICES = "/model_prices_and_context_window.json";

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(TestData.dir().resolve("pricing/litellm-sample.json"));
    }

    private int run(Map<String, String> env, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            return Cli.create(o, e, env, CLOCK, false).execute(args);
        }
    }

    private Map<String, String> env(LoopbackServer server) {
        return Map.of("HOME", home.toString(), "TOKEN_TRACKER_PRICING_URL", server.baseUrl() + PRICES);
    }

    @Test
    void pricingOfflineMakesNoRequestAndResolvesAgainstTheSnapshot() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {

            int code = run(env(server), "pricing", "--offline", "claude-4.5-sonnet-thinking", "auto-gemini-3");

            assertThat(code).isZero();
            assertThat(server.requests()).isEmpty();
            assertThat(err.toString()).isEmpty();
            assertThat(out.toString()).startsWith("claude-4.5-sonnet-thinking\n  matched claude-sonnet-4-5 (normalized)\n"
                    + "  input:          $3/M   above 200k prompt tokens: $6/M\n")
                    .endsWith("auto-gemini-3\n  unpriced: no entry matches (its cost counts as $0.00)\n");
        }
    }

    @Test
    void offlineBeforeThePricingCommandAppliesToIt() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {

            int code = run(env(server), "--offline", "pricing", "gpt-5");

            assertThat(code).isZero();
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void pricingFetchesFromTheUrlAndCachesUnderTheHome() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {

            int code = run(env(server), "pricing", "vendor/beta-responses", "beta-responses");

            assertThat(code).isZero();
            assertThat(server.requests()).hasSize(1);
            assertThat(err.toString()).isEmpty();
            assertThat(out.toString()).isEqualTo("""
                    vendor/beta-responses
                      matched vendor/beta-responses (exact)
                      input:          $1.25/M
                      output:         $10/M
                      cache read:     $0.125/M
                    beta-responses
                      unpriced: no entry matches (its cost counts as $0.00)
                    """);
            assertThat(home.resolve(".cache/token-tracker/pricing.json")).isRegularFile();
        }
    }

    @Test
    void theCacheFollowsXdgCacheHome() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {
            Map<String, String> env = Map.of("HOME", home.toString(), "XDG_CACHE_HOME",
                    home.resolve("xdg-cache").toString(), "TOKEN_TRACKER_PRICING_URL", server.baseUrl() + PRICES);

            run(env, "pricing", "gpt-5");
            run(env, "pricing", "gpt-5");

            assertThat(home.resolve("xdg-cache/token-tracker/pricing.json")).isRegularFile();
            assertThat(server.requests()).as("the second run uses the fresh cache").hasSize(1);
        }
    }

    @Test
    void aReportRunOfflineMakesNoRequest() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(200, sample()))) {

            int code = run(env(server), "models", "--home", home.toString(), "--offline", "--engine", "java", "--json");

            assertThat(code).isZero();
            assertThat(server.requests()).isEmpty();
            assertThat(err.toString()).isEmpty();
            assertThat(out.toString()).contains("\"pricesFrom\": \"snapshot\"", "\"pricesAsOf\": \"2026-02-24T00:00:00Z\"");
        }
    }

    @Test
    void aReportRunFetchesAndWarnsOnceWhenTheFetchFails() throws IOException {
        try (LoopbackServer server = LoopbackServer.start().on(PRICES, LoopbackServer.bytes(500, new byte[0]))) {

            int code = run(env(server), "models", "--home", home.toString(), "--engine", "java", "--json");

            assertThat(code).isZero();
            assertThat(server.requests()).hasSize(1);
            assertThat(err.toString()).isEqualTo("warning: could not fetch prices (HTTP 500); "
                    + "using the bundled price snapshot of 2026-02-24\n");
            assertThat(out.toString()).contains("\"pricesFrom\": \"snapshot\"");
        }
    }
}
