package dev.tokentracker.model;

/**
 * Token arithmetic. Counts are non-negative, so saturating addition gives the same result in any
 * order — which is what keeps totals independent of thread and summation order.
 */
public final class TokenMath {

    private TokenMath() {
    }

    public static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    public static long saturatingSum(long... values) {
        long sum = 0;
        for (long value : values) {
            sum = saturatingAdd(sum, value);
        }
        return sum;
    }
}
