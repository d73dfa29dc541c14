package dev.tokentracker.pricing;

import dev.tokentracker.source.SourceLocations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * What the pricing branch needs from the outside world (SPEC §5): whether the network may be
 * used, where the cache is, which URL to fetch, the clock that ages the cache, and the fetch
 * limits. Injected so that tests run the real branch against a loopback server and a fixed clock.
 *
 * @param offline   {@code --offline}: never touch the network
 * @param cacheFile {@code pricing.json} in the pricing cache directory
 * @param url       LiteLLM's price table, or {@code TOKEN_TRACKER_PRICING_URL}
 * @param timeout   the deadline of the whole fetch, body included
 * @param maxBytes  the largest answer accepted
 */
public record PricingSettings(boolean offline, Path cacheFile, String url, Clock clock, Duration timeout,
        long maxBytes) {

    public static final String DEFAULT_URL =
            "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json";
    public static final String URL_VARIABLE = "TOKEN_TRACKER_PRICING_URL";
    public static final String CACHE_FILE = "pricing.json";

    /** The settings of a real run: the user's cache directory, the URL override, the system clock. */
    public static PricingSettings of(SourceLocations locations, boolean offline) {
        return of(locations, offline, Clock.systemUTC());
    }

    public static PricingSettings of(SourceLocations locations, boolean offline, Clock clock) {
        return new PricingSettings(offline, locations.pricingCacheDir().resolve(CACHE_FILE),
                locations.environment().variable(URL_VARIABLE).orElse(DEFAULT_URL), clock,
                PriceFetcher.TIMEOUT, PriceFetcher.MAX_BYTES);
    }
}
