package dev.tokentracker.cursor;

import dev.tokentracker.model.Source;
import dev.tokentracker.source.SourceStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until the CSV reader lands (same API). */
public final class CursorCsvReader {
    private CursorCsvReader() {
    }

    public static CursorCsvResult read(Path cacheDir) throws IOException {
        return new CursorCsvResult(List.of(), SourceStats.empty(Source.CURSOR), List.of());
    }
}
