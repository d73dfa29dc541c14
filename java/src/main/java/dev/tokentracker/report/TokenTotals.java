package dev.tokentracker.report;

import dev.tokentracker.model.TokenMath;
import dev.tokentracker.model.UsageMessage;

/** The five disjoint token buckets, summed (saturating, so the order of addition never matters). */
public record TokenTotals(long input, long output, long cacheRead, long cacheWrite, long reasoning) {

    public static final TokenTotals ZERO = new TokenTotals(0, 0, 0, 0, 0);

    public static TokenTotals of(UsageMessage m) {
        return new TokenTotals(m.input(), m.output(), m.cacheRead(), m.cacheWrite(), m.reasoning());
    }

    public TokenTotals plus(TokenTotals o) {
        return new TokenTotals(
                TokenMath.saturatingAdd(input, o.input),
                TokenMath.saturatingAdd(output, o.output),
                TokenMath.saturatingAdd(cacheRead, o.cacheRead),
                TokenMath.saturatingAdd(cacheWrite, o.cacheWrite),
                TokenMath.saturatingAdd(reasoning, o.reasoning));
    }

    /** All five buckets; reasoning is included (SPEC §7). */
    public long total() {
        return TokenMath.saturatingSum(input, output, cacheRead, cacheWrite, reasoning);
    }
}
