package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CursorCacheTest {

    @TempDir
    Path cache;

    @Test
    void sayHowOldInWords() {
        assertThat(CursorCache.age(Duration.ofSeconds(59))).isEqualTo("less than a minute old");
        assertThat(CursorCache.age(Duration.ofSeconds(-30))).isEqualTo("less than a minute old");
        assertThat(CursorCache.age(Duration.ofMinutes(1))).isEqualTo("1 minute old");
        assertThat(CursorCache.age(Duration.ofMinutes(59))).isEqualTo("59 minutes old");
        assertThat(CursorCache.age(Duration.ofMinutes(60))).isEqualTo("1 hour old");
        assertThat(CursorCache.age(Duration.ofHours(47))).isEqualTo("47 hours old");
        assertThat(CursorCache.age(Duration.ofHours(48))).isEqualTo("2 days old");
        assertThat(CursorCache.describe(Instant.parse("2026-05-01T10:00:59Z"), Instant.parse("2026-05-04T11:00:00Z")))
                .isEqualTo("3 days old, saved 2026-05-01 10:00 UTC");
    }

    @Test
    void theNewestExportIsTheNewestCsvDirectlyInTheFolder() throws IOException {
        touch("usage.csv", "2026-05-01T10:00:00Z");
        touch("old-export.csv", "2026-03-01T10:00:00Z");
        touch("notes.txt", "2026-06-01T10:00:00Z");
        touch(".usage-123.part", "2026-06-01T10:00:00Z");
        touch("sub/new.csv", "2026-06-01T10:00:00Z");

        assertThat(CursorCache.newestExport(cache)).contains(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(CursorCache.newestExport(cache.resolve("missing"))).isEmpty();
    }

    @Test
    void theSyncedExportCountsItsRows() throws IOException {
        Files.writeString(cache.resolve("usage.csv"), "Date,Model\n\"2026-01-01T00:00:00Z\",\"auto\"\n\"bad\",\"x\"\n");

        CursorCache.SyncedExport export = CursorCache.syncedExport(cache).orElseThrow();

        assertThat(export.rows()).isEqualTo(2);
        assertThat(export.malformed()).isEqualTo(1);
        assertThat(CursorCache.syncedExport(cache.resolve("missing"))).isEmpty();
    }

    private void touch(String name, String time) throws IOException {
        Path file = cache.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Date,Model\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(time)));
    }
}
