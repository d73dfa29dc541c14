package dev.tokentracker.source.opencode;

import java.util.ArrayList;
import java.util.List;

/**
 * What one file gave: a JSON message file (one record) or the SQLite store (one record per row).
 * Filled by one thread while the file is parsed, read by the merge afterwards.
 */
final class ParsedFile {

    private final boolean store;
    private long records;
    private long malformed;
    private final List<Candidate> candidates = new ArrayList<>();

    ParsedFile(boolean store) {
        this.store = store;
    }

    boolean isStore() {
        return store;
    }

    void countRecord() {
        records++;
    }

    void countMalformed() {
        malformed++;
    }

    void add(Candidate candidate) {
        candidates.add(candidate);
    }

    long records() {
        return records;
    }

    long malformed() {
        return malformed;
    }

    /** Usage records in the order of the file (rowid order for the store). */
    List<Candidate> candidates() {
        return candidates;
    }
}
