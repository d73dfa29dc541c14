package dev.tokentracker.cursor;

import java.util.List;
import java.util.Optional;

/**
 * Where each field of a Cursor export sits, found by header name (SPEC §6): the four export
 * generations order and name their columns differently, so positions mean nothing. Names are
 * compared case-sensitively after trimming ASCII spaces, tabs and line breaks (not Unicode
 * white space, whose definition differs between Java and Rust); when a name occurs twice the
 * first column wins.
 * Each index is {@link #ABSENT} when the header lacks the column.
 *
 * @param width      the number of header cells; every data row must have exactly as many
 * @param tokens     the single {@code Tokens} column of the 2025-08 "usage-details" export, set
 *                   only when none of the four split token columns exists
 */
record CursorColumns(
        int width,
        int date,
        int model,
        int kind,
        int input,
        int cacheWrite,
        int cacheRead,
        int output,
        int tokens,
        int cost) {

    static final int ABSENT = -1;

    /** The rank of a file without a header (it has no rows, so any rank would do). */
    static final int EMPTY_FILE_RANK = 3;

    /**
     * The columns of a header row, or empty when it is not a Cursor export (no {@code Date} or
     * no {@code Model} column).
     */
    static Optional<CursorColumns> of(List<String> header) {
        int date = find(header, "Date");
        int model = find(header, "Model");
        if (date == ABSENT || model == ABSENT) {
            return Optional.empty();
        }
        int input = find(header, "Input (w/o Cache Write)");
        int cacheWrite = find(header, "Input (w/ Cache Write)");
        int cacheRead = find(header, "Cache Read");
        int output = firstOf(find(header, "Output Tokens"), find(header, "Output"));
        boolean split = input != ABSENT || cacheWrite != ABSENT || cacheRead != ABSENT
                || output != ABSENT;
        int tokens = split ? ABSENT : find(header, "Tokens");
        // Never "Requests": the newest export puts a request count where the cost used to be.
        int cost = firstOf(find(header, "Cost ($)"), find(header, "Cost"));
        return Optional.of(new CursorColumns(header.size(), date, model, find(header, "Kind"),
                input, cacheWrite, cacheRead, output, tokens, cost));
    }

    /**
     * True for the 2025-08 "usage-details" export, whose one token count mixes input and cache
     * reads: its rows can only be costed from the CSV (SPEC §6).
     */
    boolean singleTokenColumn() {
        return tokens != ABSENT;
    }

    /**
     * How much a row of this export says, for choosing which copy of an event to keep when
     * several exports hold it (0 = most): the four split token columns beat the single
     * {@code Tokens} column (+2), and a cost column beats none (+1). So the 2025-08 usage-tokens
     * and 2025-09 usage-events exports rank 0, the 2026-05 export (no cost column) 1, and the
     * 2025-08 usage-details export 2.
     */
    int rank() {
        boolean split = input != ABSENT || cacheWrite != ABSENT || cacheRead != ABSENT || output != ABSENT;
        return (split ? 0 : 2) + (cost != ABSENT ? 0 : 1);
    }

    private static int find(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (trimAscii(header.get(i)).equals(name)) {
                return i;
            }
        }
        return ABSENT;
    }

    static String trimAscii(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isAsciiSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static int firstOf(int preferred, int fallback) {
        return preferred != ABSENT ? preferred : fallback;
    }
}
