package dev.tokentracker.source;

import dev.tokentracker.scan.ByteSearch;
import java.util.Arrays;

/**
 * Finds the first occurrence of any of a set of marker byte strings (the usage pre-filter of
 * {@link JsonlFile}), eight bytes at a time with {@link ByteSearch}'s word operations. A cheap
 * probe flags candidate starts in each eight-byte block; only those are compared in full.
 *
 * <p>The probe depends on the set, because what is cheap depends on how selective it is:
 * <ul>
 *   <li><b>One marker</b> ({@code "usage"}, {@code "tokens"}): a candidate must have the
 *       marker's two rarest letters at their places. Probing the first byte instead, a quote,
 *       would stop every ~20 bytes of JSON; {@code u…g} of {@code "usage"} is rare.</li>
 *   <li><b>Several markers</b> (Codex's five type names): a candidate must start with one of the
 *       markers' first bytes (all of them a quote). One probe serves every marker, so the block
 *       loop costs one load whatever their number, and quotes are ~1% of a rollout's bytes.</li>
 * </ul>
 */
public abstract sealed class MarkerSearch {

    /** English letters from most to least frequent: the rarity estimate for choosing a probe. */
    private static final String LETTERS_BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

    final byte[][] markers;

    private MarkerSearch(byte[][] markers) {
        this.markers = markers;
    }

    /** A search for {@code markers}: each non-empty and without a newline (lines are what they find). */
    public static MarkerSearch of(byte[][] markers) {
        if (markers.length == 0) {
            throw new IllegalArgumentException("no markers");
        }
        byte[][] copy = new byte[markers.length][];
        for (int i = 0; i < markers.length; i++) {
            byte[] marker = markers[i];
            if (marker.length == 0 || ByteSearch.indexOf(marker, (byte) '\n', 0, marker.length) >= 0) {
                throw new IllegalArgumentException("a marker must be non-empty and without a newline");
            }
            copy[i] = marker.clone();
        }
        return copy.length == 1 && copy[0].length >= 2 ? new RarePair(copy[0]) : new FirstByte(copy);
    }

    /** Start of the first marker occurrence lying wholly in {@code buf[from, to)}, or -1. */
    public abstract int indexIn(byte[] buf, int from, int to);

    /** True when one of the markers starts at {@code at} and ends by {@code to}. */
    final boolean anyStartsAt(byte[] buf, int at, int to) {
        for (byte[] marker : markers) {
            if (startsAt(buf, at, to, marker)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsAt(byte[] buf, int at, int to, byte[] marker) {
        if (to - at < marker.length) {
            return false;
        }
        for (int j = 0; j < marker.length; j++) {
            if (buf[at + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }

    /** One marker, probed at its two rarest bytes. */
    private static final class RarePair extends MarkerSearch {
        private final byte[] marker;
        private final int first;
        private final int second;
        private final long firstPattern;
        private final long secondPattern;

        RarePair(byte[] marker) {
            super(new byte[][] {marker});
            this.marker = marker;
            Integer[] byRarity = new Integer[marker.length];
            for (int i = 0; i < marker.length; i++) {
                byRarity[i] = i;
            }
            Arrays.sort(byRarity, (x, y) -> Integer.compare(rarity(marker[y]), rarity(marker[x])));
            this.first = Math.min(byRarity[0], byRarity[1]);
            this.second = Math.max(byRarity[0], byRarity[1]);
            this.firstPattern = ByteSearch.broadcast(marker[first]);
            this.secondPattern = ByteSearch.broadcast(marker[second]);
        }

        /** Higher is rarer: letters by English frequency, anything else (quotes, '_') most common. */
        private static int rarity(byte b) {
            return LETTERS_BY_FREQUENCY.indexOf(Character.toLowerCase((char) (b & 0xFF)));
        }

        @Override
        public int indexIn(byte[] buf, int from, int to) {
            int i = from;
            // Both loads, at i + first and i + second, must end before `to`.
            for (int lastBlock = to - second - 8; i <= lastBlock; i += 8) {
                long mask = ByteSearch.zeroBytes(ByteSearch.load(buf, i + first) ^ firstPattern)
                        & ByteSearch.zeroBytes(ByteSearch.load(buf, i + second) ^ secondPattern);
                while (mask != 0) {
                    int at = i + ByteSearch.firstMarked(mask);
                    if (startsAt(buf, at, to, marker)) {
                        return at;
                    }
                    mask &= mask - 1;
                }
            }
            for (; i < to; i++) {
                if (startsAt(buf, i, to, marker)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Any number of markers, probed at their first bytes. */
    private static final class FirstByte extends MarkerSearch {
        private final long[] patterns;

        FirstByte(byte[][] markers) {
            super(markers);
            this.patterns = Arrays.stream(markers).mapToLong(m -> m[0] & 0xFFL).distinct()
                    .map(b -> ByteSearch.broadcast((byte) b)).toArray();
        }

        @Override
        public int indexIn(byte[] buf, int from, int to) {
            int i = from;
            for (; i <= to - 8; i += 8) {
                long word = ByteSearch.load(buf, i);
                long mask = 0;
                for (long pattern : patterns) {
                    mask |= ByteSearch.zeroBytes(word ^ pattern);
                }
                while (mask != 0) {
                    int at = i + ByteSearch.firstMarked(mask);
                    if (anyStartsAt(buf, at, to)) {
                        return at;
                    }
                    mask &= mask - 1;
                }
            }
            for (; i < to; i++) {
                if (anyStartsAt(buf, i, to)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
