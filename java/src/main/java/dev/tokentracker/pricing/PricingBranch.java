package dev.tokentracker.pricing;

import dev.tokentracker.pricing.PriceFetcher.FetchFailedException;
import dev.tokentracker.source.SourceLocations;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The pricing branch of phase 1 (SPEC §5): settles on one price table and says where it came
 * from. The chain, first usable wins: a fresh disk cache (no request); a fetch, which refreshes
 * the cache; the expired cache; the snapshot bundled in the jar; nothing. When a fallback was
 * used there is exactly one warning, naming the source and its age. {@code --offline} skips the
 * fetch: the cache of any age, else the snapshot, and a warning only when neither exists.
 */
public final class PricingBranch {

    /** The table to price with, and at most one warning about it. */
    public record Outcome(PriceTable table, List<String> warnings) {
        public Outcome {
            warnings = List.copyOf(warnings);
        }
    }

    static final String NO_PRICES = "no price data: every cost is $0.00";

    private PricingBranch() {
    }

    /** No prices at all, with the warning that says so. */
    public static Outcome nothing(String warning) {
        return new Outcome(PriceTable.empty(new PriceOrigin(PriceOrigin.Kind.NONE, null, "")), List.of(warning));
    }

    /** A real run's pricing: the user's cache, {@code TOKEN_TRACKER_PRICING_URL}, the system clock. */
    public static Outcome load(SourceLocations locations, boolean offline) {
        return load(PricingSettings.of(locations, offline));
    }

    public static Outcome load(PricingSettings settings) {
        return load(settings, PriceSnapshot::bundled);
    }

    /** @param bundled the snapshot of the last fallback step (tests replace it to reach "nothing") */
    static Outcome load(PricingSettings settings, Callable<PriceTable> bundled) {
        PriceCache cache = new PriceCache(settings.cacheFile());
        Optional<PriceCache.Entry> cached = cache.read();
        Instant now = settings.clock().instant();
        if (cached.isPresent() && cached.get().isFreshAt(now, settings.url())) {
            return new Outcome(cached.get().table(PriceOrigin.Kind.FRESH_CACHE), List.of());
        }
        if (settings.offline()) {
            return offline(cached, now, bundled);
        }
        String reason;
        try {
            Map<String, ModelRates> rates = new PriceFetcher(settings.url(), settings.timeout(), settings.maxBytes()).fetch();
            Instant fetchedAt = settings.clock().instant();
            save(cache, rates, fetchedAt, settings.url());
            return new Outcome(new PriceTable(rates, new PriceOrigin(PriceOrigin.Kind.NETWORK, fetchedAt, settings.url())),
                    List.of());
        } catch (FetchFailedException e) {
            reason = e.getMessage();
        }
        String failed = "could not fetch prices (" + reason + "); ";
        if (cached.isPresent()) {
            PriceCache.Entry entry = cached.get();
            return new Outcome(entry.table(entry.kindAt(now)),
                    List.of(failed + "using cached prices fetched " + ago(Duration.between(entry.fetchedAt(), now))));
        }
        PriceTable snapshot = usable(bundled);
        if (snapshot != null) {
            return new Outcome(snapshot, List.of(failed + "using the bundled price snapshot" + dated(snapshot)));
        }
        return nothing(failed + NO_PRICES);
    }

    /** {@code --offline}: the cache of any age, else the snapshot; silent unless there is neither. */
    private static Outcome offline(Optional<PriceCache.Entry> cached, Instant now, Callable<PriceTable> bundled) {
        if (cached.isPresent()) {
            return new Outcome(cached.get().table(cached.get().kindAt(now)), List.of());
        }
        PriceTable snapshot = usable(bundled);
        return snapshot != null ? new Outcome(snapshot, List.of()) : nothing(NO_PRICES);
    }

    /**
     * A failed cache write costs only a fetch on the next run, so it is not worth a warning
     * (a read-only cache directory would otherwise warn on every run).
     */
    private static void save(PriceCache cache, Map<String, ModelRates> rates, Instant fetchedAt, String url) {
        try {
            cache.write(rates, fetchedAt, url);
        } catch (IOException | RuntimeException e) {
            // Deliberately ignored; see above.
        }
    }

    /** The bundled snapshot, or null when it is missing, unreadable or empty. */
    private static PriceTable usable(Callable<PriceTable> bundled) {
        try {
            PriceTable table = bundled.call();
            return table.size() > 0 ? table : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String dated(PriceTable snapshot) {
        Instant asOf = snapshot.origin().asOf();
        return asOf == null ? "" : " of " + LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    }

    /** {@code 45 min ago}, {@code 3 h ago}, {@code 12 days ago}: whole units, rounded down. */
    static String ago(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 1) {
            return "less than a minute ago";
        }
        if (minutes < 60) {
            return minutes + " min ago";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h ago";
        }
        return hours / 24 + " days ago";
    }
}
