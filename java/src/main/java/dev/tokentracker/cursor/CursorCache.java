package dev.tokentracker.cursor;

import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.FileDiscovery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What the cache folder holds, for the messages that tell the user how old the Cursor data is:
 * the time of the newest export that phase 2 will read (the same {@code *.csv} files directly
 * in the folder), that age in words, and what the sync's own {@code usage.csv} holds.
 */
public final class CursorCache {

    /**
     * The export the sync last saved.
     *
     * @param rows      data records in it
     * @param malformed of those, the ones phase 2 will skip
     * @param savedAt   when it was written (the last successful sync)
     */
    public record SyncedExport(Path file, long rows, long malformed, Instant savedAt) {
    }

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private CursorCache() {
    }

    /** When the newest export in the folder was written; empty when there is none. */
    static Optional<Instant> newestExport(Path cacheDir) {
        List<DiscoveredFile> files;
        try {
            files = FileDiscovery.find(List.of(cacheDir), 1, FileDiscovery.nameEndsWith(".csv"));
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<Instant> newest = Optional.empty();
        for (DiscoveredFile file : files) {
            try {
                Instant written = Files.getLastModifiedTime(file.path()).toInstant();
                newest = newest.isEmpty() || written.isAfter(newest.get()) ? Optional.of(written) : newest;
            } catch (IOException e) {
                // A file that vanished or cannot be inspected has no age to report.
            }
        }
        return newest;
    }

    /**
     * The sync's {@code usage.csv}; empty when there is none. A file that is there but is not
     * an export (or cannot be read) has 0 rows.
     */
    public static Optional<SyncedExport> syncedExport(Path cacheDir) {
        Path file = cacheDir.resolve(CursorSync.CACHE_FILE);
        Instant savedAt;
        try {
            savedAt = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            Optional<CursorCsvFile.Content> content = CursorCsvFile.read(file);
            return Optional.of(new SyncedExport(file, content.map(CursorCsvFile.Content::recordsParsed).orElse(0L),
                    content.map(CursorCsvFile.Content::malformed).orElse(0L), savedAt));
        } catch (IOException e) {
            return Optional.of(new SyncedExport(file, 0, 0, savedAt));
        }
    }

    /** "3 hours old, saved 2026-05-01 10:00 UTC". */
    public static String describe(Instant savedAt, Instant now) {
        return age(Duration.between(savedAt, now)) + ", saved " + SAVED_AT.format(savedAt.truncatedTo(ChronoUnit.MINUTES));
    }

    /** "less than a minute old", "1 minute old", "5 hours old", "3 days old". */
    static String age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 1) {
            return "less than a minute old";
        }
        if (minutes < 60) {
            return plural(minutes, "minute") + " old";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return plural(hours, "hour") + " old";
        }
        return plural(hours / 24, "day") + " old";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
