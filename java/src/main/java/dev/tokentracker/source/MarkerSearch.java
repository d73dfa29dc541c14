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
        private final int rarest;
        private final int other;
        private final long rarestPattern;
        private final long otherPattern;

        RarePair(byte[] marker) {
            super(new byte[][] {marker});
            this.marker = marker;
            Integer[] byRarity = new Integer[marker.length];
            for (int i = 0; i < marker.length; i++) {
                byRarity[i] = i;
            }
            Arrays.sort(byRarity, (x, y) -> Integer.compare(rarity(marker[y]), rarity(marker[x])));
            this.rarest = byRarity[0];
            this.other = byRarity[1];
            this.rarestPattern = ByteSearch.broadcast(marker[rarest]);
            this.otherPattern = ByteSearch.broadcast(marker[other]);
        }

        /** Higher is rarer: letters by English frequency, anything else (quotes, '_') most common. */
        private static int rarity(byte b) {
            return LETTERS_BY_FREQUENCY.indexOf(Character.toLowerCase((char) (b & 0xFF)));
        }

        /**
         * Sixteen candidate starts per step, and most steps end after the cheap "is the rarest
         * letter anywhere?" test of two words: under C1 the loop's own overhead is the limit, so
         * fewer, fuller steps pay (~35% faster on a transcript than one word with both exact
         * masks per step).
         */
        @Override
        public int indexIn(byte[] buf, int from, int to) {
            int i = from;
            // Every load, at i + rarest or i + other plus up to 8, must end before `to`.
            for (int lastStep = to - Math.max(rarest, other) - 16; i <= lastStep; i += 16) {
                long low = ByteSearch.load(buf, i + rarest) ^ rarestPattern;
                long high = ByteSearch.load(buf, i + rarest + 8) ^ rarestPattern;
                if (!ByteSearch.hasZeroByte(low) && !ByteSearch.hasZeroByte(high)) {
                    continue;
                }
                int hit = firstMatch(buf, i, to, ByteSearch.zeroBytes(low)
                        & ByteSearch.zeroBytes(ByteSearch.load(buf, i + other) ^ otherPattern));
                if (hit < 0) {
                    hit = firstMatch(buf, i + 8, to, ByteSearch.zeroBytes(high)
                            & ByteSearch.zeroBytes(ByteSearch.load(buf, i + other + 8) ^ otherPattern));
                }
                if (hit >= 0) {
                    return hit;
                }
            }
            for (; i < to; i++) {
                if (startsAt(buf, i, to, marker)) {
                    return i;
                }
            }
            return -1;
        }

        /** The first candidate of an eight-start block at {@code base} that is a whole match, or -1. */
        private int firstMatch(byte[] buf, int base, int to, long candidates) {
            while (candidates != 0) {
                int at = base + ByteSearch.firstMarked(candidates);
                if (startsAt(buf, at, to, marker)) {
                    return at;
                }
                candidates &= candidates - 1;
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

        /** Like {@link RarePair#indexIn}: two words per step, most steps end at a cheap test. */
        @Override
        public int indexIn(byte[] buf, int from, int to) {
            int i = from;
            for (; i <= to - 16; i += 16) {
                long low = ByteSearch.load(buf, i);
                long high = ByteSearch.load(buf, i + 8);
                if (!holdsAFirstByte(low) && !holdsAFirstByte(high)) {
                    continue;
                }
                int hit = firstMatch(buf, i, to, firstBytes(low));
                if (hit < 0) {
                    hit = firstMatch(buf, i + 8, to, firstBytes(high));
                }
                if (hit >= 0) {
                    return hit;
                }
            }
            for (; i < to; i++) {
                if (anyStartsAt(buf, i, to)) {
                    return i;
                }
            }
            return -1;
        }

        private boolean holdsAFirstByte(long word) {
            for (long pattern : patterns) {
                if (ByteSearch.hasZeroByte(word ^ pattern)) {
                    return true;
                }
            }
            return false;
        }

        /** The mask of the word's bytes that are some marker's first byte. */
        private long firstBytes(long word) {
            long mask = 0;
            for (long pattern : patterns) {
                mask |= ByteSearch.zeroBytes(word ^ pattern);
            }
            return mask;
        }

        private int firstMatch(byte[] buf, int base, int to, long candidates) {
            while (candidates != 0) {
                int at = base + ByteSearch.firstMarked(candidates);
                if (anyStartsAt(buf, at, to)) {
                    return at;
                }
                candidates &= candidates - 1;
            }
            return -1;
        }
    }
}
