package dev.tokentracker.pricing;

/**
 * One price-table entry's per-token rates, in picodollars per token; {@link #ABSENT} where the
 * table has no such rate. Only the rates the cost formula uses are kept (SPEC §5).
 */
public record ModelRates(
        long input,
        long output,
        long cacheRead,
        long cacheWrite,
        long cacheWrite1h,
        long inputAbove200k,
        long outputAbove200k,
        long cacheReadAbove200k,
        long cacheWriteAbove200k,
        long cacheWrite1hAbove200k) {

    public static final long ABSENT = -1;

    /** True when any bucket has a long-context rate, so the per-request tier applies. */
    public boolean hasLongContextTier() {
        return inputAbove200k != ABSENT || outputAbove200k != ABSENT || cacheReadAbove200k != ABSENT
                || cacheWriteAbove200k != ABSENT || cacheWrite1hAbove200k != ABSENT;
    }

    /** The rates as an array, in the order of {@link RateField}. */
    long[] toArray() {
        return new long[] {input, output, cacheRead, cacheWrite, cacheWrite1h, inputAbove200k,
            outputAbove200k, cacheReadAbove200k, cacheWriteAbove200k, cacheWrite1hAbove200k};
    }

    static ModelRates fromArray(long[] r) {
        return new ModelRates(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]);
    }
}
