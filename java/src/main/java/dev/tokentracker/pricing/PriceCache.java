package dev.tokentracker.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The disk cache of fetched prices ({@code ${XDG_CACHE_HOME:-~/.cache}/token-tracker/pricing.json}):
 * the filtered table in the snapshot format plus when it was fetched and from where. A cache that
 * cannot be read or parsed is treated as absent (the next successful fetch replaces it); it is
 * written atomically (a temporary file in the same directory, then an atomic rename), so a reader
 * never sees half a file and concurrent runs never mix two writes.
 */
public final class PriceCache {

    /** How long a cached table is used without asking the network. */
    public static final Duration FRESH_FOR = Duration.ofHours(1);

    private final Path file;

    public PriceCache(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** A cached table, when it was fetched, and from which URL. */
    public record Entry(Map<String, ModelRates> models, Instant fetchedAt, String source) {

        /**
         * {@link PriceOrigin.Kind#FRESH_CACHE} when younger than {@link #FRESH_FOR}, else
         * {@link PriceOrigin.Kind#EXPIRED_CACHE}. A fetch time in the future (the clock moved
         * back) counts as expired, so the table is fetched again.
         */
        public PriceOrigin.Kind kindAt(Instant now) {
            Duration age = Duration.between(fetchedAt, now);
            boolean young = !age.isNegative() && age.compareTo(FRESH_FOR) < 0;
            return young ? PriceOrigin.Kind.FRESH_CACHE : PriceOrigin.Kind.EXPIRED_CACHE;
        }

        /** Usable without asking the network: young, and fetched from the URL in use. */
        public boolean isFreshAt(Instant now, String url) {
            return kindAt(now) == PriceOrigin.Kind.FRESH_CACHE && url.equals(source);
        }

        public PriceTable table(PriceOrigin.Kind kind) {
            return new PriceTable(models, new PriceOrigin(kind, fetchedAt, source));
        }
    }

    /** The cached table, or empty when there is none or it is unusable (missing fields, no models). */
    public Optional<Entry> read() {
        PriceSnapshot.Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = PriceSnapshot.read(in);
        } catch (IOException | RuntimeException e) {
            // Missing, unreadable or corrupt: as if there were no cache.
            return Optional.empty();
        }
        if (doc.fetchedAt() == null || doc.source() == null || doc.models().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(doc.models(), doc.fetchedAt(), doc.source()));
    }

    /** Writes the cache atomically, creating its directory; the previous cache stays on failure. */
    public void write(Map<String, ModelRates> models, Instant fetchedAt, String source) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".pricing", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                PriceSnapshot.write(new PriceSnapshot.Document(models, source,
                        LocalDate.ofInstant(fetchedAt, ZoneOffset.UTC), fetchedAt), out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
