package dev.tokentracker.pricing;

import dev.tokentracker.model.Money;
import dev.tokentracker.model.UsageMessage;

/**
 * The cost of one message (SPEC §5): the disjoint-bucket formula with the long-context tier
 * decided per request, and the cost mode / cost rule deciding between calculated and reported.
 *
 * <p>Formula, rates per token: {@code input·in + (output + reasoning)·out + cacheRead·cr +
 * (cacheWrite − cacheWrite1h)·cw + cacheWrite1h·cw1h}. When the prompt (input + cacheRead +
 * cacheWrite) exceeds 200,000 tokens and the model has any {@code *_above_200k_tokens} rate, every
 * bucket uses its above-200k rate, and a bucket without one keeps its base rate. Missing rates:
 * cache read and cache write fall back to the input rate (a provider without a cache discount
 * bills cached tokens as input); 1-hour writes fall back to twice the input rate.
 */
public final class CostCalculator {

    static final long LONG_CONTEXT_THRESHOLD = 200_000;

    private CostCalculator() {
    }

    /** What a message costs, and whether that cost lacks a price it needed. */
    public record Outcome(Money cost, boolean missingPrice) {
        static final Outcome FREE = new Outcome(Money.ZERO, false);
        static final Outcome NO_PRICE = new Outcome(Money.ZERO, true);
    }

    /**
     * @param rates the model's rates, or null when the model is unpriced
     */
    public static Outcome cost(UsageMessage m, ModelRates rates, CostMode mode) {
        switch (m.costRule()) {
            case NOT_CHARGED:
                return Outcome.FREE;
            case REPORTED_ONLY:
                return reportedOrZero(m);
            default:
                break;
        }
        return switch (mode) {
            case DISPLAY -> reportedOrZero(m);
            case CALCULATE -> calculated(m, rates);
            case AUTO -> switch (m.costRule()) {
                case PRICED_FIRST -> rates != null || !m.hasReportedCost() ? calculated(m, rates) : reportedOrZero(m);
                default -> m.hasReportedCost() ? reportedOrZero(m) : calculated(m, rates);
            };
        };
    }

    private static Outcome reportedOrZero(UsageMessage m) {
        return m.hasReportedCost() ? new Outcome(Money.ofPicos(m.reportedCostPicos()), false) : Outcome.FREE;
    }

    private static Outcome calculated(UsageMessage m, ModelRates rates) {
        if (rates == null) {
            return Outcome.NO_PRICE;
        }
        return new Outcome(calculate(m, rates), false);
    }

    /** The formula itself, exact to the picodollar. */
    public static Money calculate(UsageMessage m, ModelRates r) {
        boolean tier = m.promptTokens() > LONG_CONTEXT_THRESHOLD && r.hasLongContextTier();
        long in = rate(tier, r.inputAbove200k(), base(r.input()));
        long out = rate(tier, r.outputAbove200k(), base(r.output()));
        long cacheRead = rate(tier, r.cacheReadAbove200k(), r.cacheRead() != ModelRates.ABSENT ? r.cacheRead() : base(r.input()));
        long cacheWrite = rate(tier, r.cacheWriteAbove200k(), r.cacheWrite() != ModelRates.ABSENT ? r.cacheWrite() : base(r.input()));
        long cacheWrite1h = oneHourRate(tier, r, in);
        long fiveMinuteWrites = m.cacheWrite() - m.cacheWrite1h();
        Sum sum = new Sum();
        sum.add(m.input(), in);
        sum.add(m.output(), out);
        sum.add(m.reasoning(), out);
        sum.add(m.cacheRead(), cacheRead);
        sum.add(fiveMinuteWrites, cacheWrite);
        sum.add(m.cacheWrite1h(), cacheWrite1h);
        return new Money(sum.hi, sum.lo);
    }

    /**
     * A sum of {@link Money#product}s kept in two longs: the same 128-bit arithmetic as adding
     * the products with {@link Money#plus}, without an object per term (this runs per message).
     */
    private static final class Sum {
        long hi;
        long lo;

        void add(long tokens, long ratePicos) {
            if (tokens < 0 || ratePicos < 0) {
                throw new IllegalArgumentException("negative factor");
            }
            // Both below 2^31 (the usual case) means a product below 2^62, with no high word:
            // Math.multiplyHigh is no intrinsic under C1, and it runs six times per message.
            long high = ((tokens | ratePicos) >>> 31) == 0 ? 0 : Math.multiplyHigh(tokens, ratePicos);
            long low = lo + tokens * ratePicos;
            hi += high + (Long.compareUnsigned(low, lo) < 0 ? 1 : 0);
            lo = low;
        }
    }

    /**
     * One-hour cache writes: the explicit 1-hour rate (its above-200k variant in the tier), else
     * twice the input rate in force.
     */
    private static long oneHourRate(boolean tier, ModelRates r, long inputRateInForce) {
        if (tier && r.cacheWrite1hAbove200k() != ModelRates.ABSENT) {
            return r.cacheWrite1hAbove200k();
        }
        if (r.cacheWrite1h() != ModelRates.ABSENT) {
            return r.cacheWrite1h();
        }
        return saturatingDouble(inputRateInForce);
    }

    private static long rate(boolean tier, long above, long base) {
        return tier && above != ModelRates.ABSENT ? above : base;
    }

    private static long base(long rate) {
        return rate == ModelRates.ABSENT ? 0 : rate;
    }

    private static long saturatingDouble(long rate) {
        return rate > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : rate * 2;
    }
}
