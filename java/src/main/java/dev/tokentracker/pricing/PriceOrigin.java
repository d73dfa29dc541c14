package dev.tokentracker.pricing;

import java.time.Instant;

/**
 * Where a price table came from and how old it is, for the one pricing warning (SPEC §5) and
 * for {@code --verbose}.
 *
 * @param kind     which step of the fallback chain produced it
 * @param asOf     when the data was fetched (network, cache) or published (snapshot); null for none
 * @param location the URL or file it was read from
 */
public record PriceOrigin(Kind kind, Instant asOf, String location) {

    public enum Kind {
        /** Fetched from LiteLLM during this run. */
        NETWORK,
        /** A disk cache younger than an hour. */
        FRESH_CACHE,
        /** A disk cache older than an hour, used because the fetch failed or was not allowed. */
        EXPIRED_CACHE,
        /** The snapshot bundled in the jar. */
        SNAPSHOT,
        /** Nothing: every cost is 0. */
        NONE
    }
}
