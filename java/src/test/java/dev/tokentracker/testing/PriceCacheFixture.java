package dev.tokentracker.testing;

import dev.tokentracker.pricing.PriceCache;
import dev.tokentracker.pricing.PriceSnapshot;
import dev.tokentracker.pricing.PricingSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A price cache that is fresh at a given instant and holds the bundled snapshot's prices, in a
 * directory of its own: an {@code XDG_CACHE_HOME} for tests that run whole reports. Such a run
 * then never touches the network and never reads the real user's cache, and its prices are the
 * snapshot's, so outputs are stable.
 */
public final class PriceCacheFixture {

    private static final Map<Instant, Path> BY_INSTANT = new ConcurrentHashMap<>();

    private PriceCacheFixture() {
    }

    /** The {@code XDG_CACHE_HOME} whose price cache was fetched at {@code now}. */
    public static String freshAt(Instant now) {
        return BY_INSTANT.computeIfAbsent(now, PriceCacheFixture::create).toString();
    }

    private static Path create(Instant now) {
        try {
            Path dir = Files.createTempDirectory("token-tracker-test-cache");
            dir.toFile().deleteOnExit();
            new PriceCache(dir.resolve("token-tracker").resolve(PricingSettings.CACHE_FILE))
                    .write(PriceSnapshot.bundled().entries(), now, PricingSettings.DEFAULT_URL);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
