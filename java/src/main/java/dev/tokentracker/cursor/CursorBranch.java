package dev.tokentracker.cursor;

import java.nio.file.Path;
import java.util.List;

/**
 * The Cursor branch of phase 1: brings the CSV cache up to date and tells phase 2 where it is.
 * This version reads the cache as it is (no credentials, no sync yet); the sync slots in here.
 */
public final class CursorBranch {

    /** Where phase 2 finds the CSVs, and what the user should know about them. */
    public record Outcome(Path cacheDir, List<String> warnings) {
        public Outcome {
            warnings = List.copyOf(warnings);
        }
    }

    private CursorBranch() {
    }

    public static Outcome prepare(Path cacheDir) {
        return new Outcome(cacheDir, List.of());
    }
}
