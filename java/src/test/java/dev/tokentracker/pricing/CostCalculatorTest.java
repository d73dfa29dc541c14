package dev.tokentracker.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Money;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cost of one message (SPEC §5). Rates are picodollars per token; every expectation is
 * worked out by hand in picodollars (10^-12 USD), e.g. 1,000 input tokens at $3/M = 3,000 × 10^6.
 */
class CostCalculatorTest {

    private static final long A = ModelRates.ABSENT;

    /** A Sonnet-like model: $3 in, $15 out, $0.30 read, $3.75 write, $5 1-hour write, tier ×2 (1h: $10). */
    private static final ModelRates FULL = new ModelRates(3_000_000, 15_000_000, 300_000, 3_750_000, 5_000_000,
            6_000_000, 22_500_000, 600_000, 7_500_000, 10_000_000);

    /** The same without any above-200k rate. */
    private static final ModelRates NO_TIER = new ModelRates(3_000_000, 15_000_000, 300_000, 3_750_000, 5_000_000,
            A, A, A, A, A);

    /** Only input and output rates: no cache prices, no tier. */
    private static final ModelRates BARE = new ModelRates(3_000_000, 15_000_000, A, A, A, A, A, A, A, A);

    private static UsageMessage tokens(long input, long output, long cacheRead, long cacheWrite, long cacheWrite1h,
            long reasoning) {
        return message(input, output, cacheRead, cacheWrite, cacheWrite1h, reasoning, UsageMessage.NO_REPORTED_COST,
                CostRule.REPORTED_FIRST);
    }

    private static UsageMessage message(long input, long output, long cacheRead, long cacheWrite, long cacheWrite1h,
            long reasoning, long reported, CostRule rule) {
        return new UsageMessage(Source.CLAUDE, "m", "p", "s", 0, input, output, cacheRead, cacheWrite, cacheWrite1h,
                reasoning, reported, rule);
    }

    private static long picos(UsageMessage m, ModelRates rates) {
        return CostCalculator.calculate(m, rates).picos().longValueExact();
    }

    @Test
    void eachBucketAtItsRate() {
        assertThat(picos(tokens(1_000, 0, 0, 0, 0, 0), FULL)).isEqualTo(3_000_000_000L);
        assertThat(picos(tokens(0, 1_000, 0, 0, 0, 0), FULL)).isEqualTo(15_000_000_000L);
        assertThat(picos(tokens(0, 0, 1_000, 0, 0, 0), FULL)).isEqualTo(300_000_000L);
        assertThat(picos(tokens(0, 0, 0, 1_000, 0, 0), FULL)).isEqualTo(3_750_000_000L);
        assertThat(picos(tokens(0, 0, 0, 1_000, 1_000, 0), FULL)).isEqualTo(5_000_000_000L);
    }

    @Test
    void reasoningIsBilledAtTheOutputRate() {
        assertThat(picos(tokens(0, 0, 0, 0, 0, 1_000), FULL)).isEqualTo(15_000_000_000L);
        assertThat(picos(tokens(0, 600, 0, 0, 0, 400), FULL)).isEqualTo(15_000_000_000L);
    }

    @Test
    void bucketsAddUp() {
        // 1,200 in + 850 out + 20,000 read + 3,000 5-minute writes + 1,000 1-hour writes + 100 reasoning
        long expected = 1_200 * 3_000_000L + 850 * 15_000_000L + 20_000 * 300_000L + 3_000 * 3_750_000L
                + 1_000 * 5_000_000L + 100 * 15_000_000L;

        assertThat(expected).isEqualTo(40_100_000_000L);
        assertThat(picos(tokens(1_200, 850, 20_000, 4_000, 1_000, 100), FULL)).isEqualTo(expected);
    }

    @Test
    void oneHourWritesUseTheirExplicitRate() {
        // 600 five-minute writes at 3.75 + 400 one-hour writes at 5
        assertThat(picos(tokens(0, 0, 0, 1_000, 400, 0), NO_TIER)).isEqualTo(2_250_000_000L + 2_000_000_000L);
    }

    @Test
    void oneHourWritesWithoutARateCostTwiceTheInputRate() {
        ModelRates noOneHour = new ModelRates(3_000_000, 15_000_000, 300_000, 3_750_000, A, A, A, A, A, A);

        // 600 at 3.75 + 400 at 2 × 3
        assertThat(picos(tokens(0, 0, 0, 1_000, 400, 0), noOneHour)).isEqualTo(2_250_000_000L + 2_400_000_000L);
    }

    @Test
    void promptOfExactly200kTokensUsesBaseRates() {
        assertThat(picos(tokens(200_000, 0, 0, 0, 0, 0), FULL)).isEqualTo(600_000_000_000L);
        assertThat(picos(tokens(100_000, 10, 50_000, 50_000, 0, 0), FULL))
                .isEqualTo(300_000_000_000L + 150_000_000L + 15_000_000_000L + 187_500_000_000L);
    }

    @Test
    void promptOf200001TokensUsesTheTierForEveryBucket() {
        assertThat(picos(tokens(200_001, 0, 0, 0, 0, 0), FULL)).isEqualTo(1_200_006_000_000L);
        // 100,000 in at 6 + 10 out at 22.5 + 50,000 read at 0.6 + 50,001 writes at 7.5 + 10 reasoning at 22.5
        assertThat(picos(tokens(100_000, 10, 50_000, 50_001, 0, 10), FULL))
                .isEqualTo(600_000_000_000L + 225_000_000L + 30_000_000_000L + 375_007_500_000L + 225_000_000L);
    }

    @Test
    void outputDoesNotCountTowardsThePrompt() {
        assertThat(picos(tokens(200_000, 1_000, 0, 0, 0, 1_000), FULL))
                .isEqualTo(600_000_000_000L + 15_000_000_000L + 15_000_000_000L);
    }

    @Test
    void withoutTierRatesALongPromptKeepsBaseRates() {
        assertThat(picos(tokens(200_001, 0, 0, 0, 0, 0), NO_TIER)).isEqualTo(600_003_000_000L);
        assertThat(picos(tokens(200_001, 0, 0, 0, 0, 0), BARE)).isEqualTo(600_003_000_000L);
    }

    @Test
    void inTheTierABucketWithoutAnAboveRateKeepsItsBaseRate() {
        ModelRates inputTierOnly = new ModelRates(3_000_000, 15_000_000, 300_000, 3_750_000, A,
                6_000_000, A, A, A, A);

        // 200,001 in at 6 (tier) + 1,000 out at 15 (base) + 1,000 read at 0.3 (base)
        assertThat(picos(tokens(199_001, 1_000, 1_000, 0, 0, 0), inputTierOnly))
                .isEqualTo(199_001 * 6_000_000L + 15_000_000_000L + 300_000_000L);
    }

    @Test
    void oneHourWritesInTheTier() {
        UsageMessage longPrompt = tokens(0, 0, 0, 200_001, 200_001, 0);
        ModelRates noOneHourTier = new ModelRates(3_000_000, 15_000_000, 300_000, 3_750_000, 5_000_000,
                6_000_000, 22_500_000, 600_000, 7_500_000, A);
        ModelRates noOneHourAtAll = new ModelRates(3_000_000, 15_000_000, 300_000, 3_750_000, A,
                6_000_000, 22_500_000, 600_000, 7_500_000, A);

        // explicit above-200k 1-hour rate: 10
        assertThat(picos(longPrompt, FULL)).isEqualTo(2_000_010_000_000L);
        // no above-200k 1-hour rate: the base 1-hour rate, 5 (a bucket keeps its base rate)
        assertThat(picos(longPrompt, noOneHourTier)).isEqualTo(1_000_005_000_000L);
        // no 1-hour rate at all: twice the input rate in force, 2 × 6
        assertThat(picos(longPrompt, noOneHourAtAll)).isEqualTo(2_400_012_000_000L);
    }

    @Test
    void missingCacheRatesFallBackToTheInputRate() {
        assertThat(picos(tokens(0, 0, 1_000, 0, 0, 0), BARE)).isEqualTo(3_000_000_000L);
        assertThat(picos(tokens(0, 0, 0, 1_000, 0, 0), BARE)).isEqualTo(3_000_000_000L);
        assertThat(picos(tokens(0, 0, 0, 1_000, 1_000, 0), BARE)).isEqualTo(6_000_000_000L);
    }

    @Test
    void inTheTierMissingCacheRatesFallBackToTheBaseInputRate() {
        // Pinned as implemented: the fallback is the base input rate (3), not the tier's (6).
        ModelRates tierWithoutCache = new ModelRates(3_000_000, 15_000_000, A, A, A, 6_000_000, A, A, A, A);

        assertThat(picos(tokens(1, 0, 200_000, 0, 0, 0), tierWithoutCache))
                .isEqualTo(6_000_000L + 200_000 * 3_000_000L);
    }

    @Test
    void missingInputRateCountsAsZero() {
        ModelRates outputOnly = new ModelRates(A, 15_000_000, A, A, A, A, A, A, A, A);

        assertThat(picos(tokens(1_000, 1_000, 1_000, 1_000, 500, 0), outputOnly)).isEqualTo(15_000_000_000L);
    }

    @Test
    void largestCountsDoNotOverflow() {
        Money cost = CostCalculator.calculate(tokens(Long.MAX_VALUE, Long.MAX_VALUE, 0, 0, 0, 0), FULL);

        // The prompt is over 200k, so the tier rates apply: (2^63 - 1) × (6 + 22.5) × 10^6.
        assertThat(cost.picos()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(28_500_000)));
    }

    @Test
    void sumsCarryIntoTheHighWordLikeAddingEachProduct() {
        UsageMessage m = tokens(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, 3, Long.MAX_VALUE);
        ModelRates huge = new ModelRates(Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE - 2, Long.MAX_VALUE - 3,
                Long.MAX_VALUE - 4, A, A, A, A, A);

        Money expected = Money.product(m.input(), huge.input())
                .plus(Money.product(m.output(), huge.output()))
                .plus(Money.product(m.reasoning(), huge.output()))
                .plus(Money.product(m.cacheRead(), huge.cacheRead()))
                .plus(Money.product(m.cacheWrite() - m.cacheWrite1h(), huge.cacheWrite()))
                .plus(Money.product(m.cacheWrite1h(), huge.cacheWrite1h()));

        assertThat(CostCalculator.calculate(m, huge)).isEqualTo(expected);
    }

    @Test
    void productsAroundTwoToThe31AreExactOnBothSidesOfTheShortcut() {
        long[] values = {0, 1, 3, (1L << 31) - 1, 1L << 31, (1L << 31) + 1, (1L << 32) + 5, 1L << 62, Long.MAX_VALUE};

        for (long tokens : values) {
            for (long rate : values) {
                ModelRates inputOnly = new ModelRates(rate, A, A, A, A, A, A, A, A, A);
                // Input tokens alone, below the long-context threshold or with no tier: one product.
                assertThat(CostCalculator.calculate(tokens(tokens, 0, 0, 0, 0, 0), inputOnly))
                        .as(tokens + " x " + rate).isEqualTo(Money.product(tokens, rate));
            }
        }
    }

    @Test
    void moreOneHourWritesThanWritesIsRefusedAsANegativeBucket() {
        assertThatThrownBy(() -> CostCalculator.calculate(tokens(0, 0, 0, 1, 2, 0), FULL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every cost rule in every mode. The message has 1,000 input tokens (3,000,000,000 picodollars
     * when calculated) and, where said, a reported cost of 1,234 picodollars.
     */
    @ParameterizedTest(name = "{0} {1} rates={2} reported={3} → {4} missing={5}")
    @CsvSource({
        // rule,          mode,      rates, reported, cost,       missing price
        "REPORTED_FIRST,  AUTO,      true,  true,     1234,       false",
        "REPORTED_FIRST,  AUTO,      true,  false,    3000000000, false",
        "REPORTED_FIRST,  AUTO,      false, true,     1234,       false",
        "REPORTED_FIRST,  AUTO,      false, false,    0,          true",
        "REPORTED_FIRST,  CALCULATE, true,  true,     3000000000, false",
        "REPORTED_FIRST,  CALCULATE, false, true,     0,          true",
        "REPORTED_FIRST,  DISPLAY,   true,  true,     1234,       false",
        "REPORTED_FIRST,  DISPLAY,   true,  false,    0,          false",
        "REPORTED_FIRST,  DISPLAY,   false, false,    0,          false",
        "PRICED_FIRST,    AUTO,      true,  true,     3000000000, false",
        "PRICED_FIRST,    AUTO,      false, true,     1234,       false",
        "PRICED_FIRST,    AUTO,      false, false,    0,          true",
        "PRICED_FIRST,    CALCULATE, true,  true,     3000000000, false",
        "PRICED_FIRST,    CALCULATE, false, true,     0,          true",
        "PRICED_FIRST,    DISPLAY,   true,  true,     1234,       false",
        "PRICED_FIRST,    DISPLAY,   true,  false,    0,          false",
        "NOT_CHARGED,     AUTO,      true,  true,     0,          false",
        "NOT_CHARGED,     CALCULATE, true,  true,     0,          false",
        "NOT_CHARGED,     CALCULATE, false, false,    0,          false",
        "NOT_CHARGED,     DISPLAY,   true,  true,     0,          false",
        "REPORTED_ONLY,   AUTO,      true,  true,     1234,       false",
        "REPORTED_ONLY,   CALCULATE, true,  true,     1234,       false",
        "REPORTED_ONLY,   CALCULATE, false, false,    0,          false",
        "REPORTED_ONLY,   DISPLAY,   false, true,     1234,       false"})
    void costRuleAndModeChooseTheCost(CostRule rule, CostMode mode, boolean hasRates, boolean hasReported,
            long cost, boolean missing) {
        UsageMessage m = message(1_000, 0, 0, 0, 0, 0, hasReported ? 1_234 : UsageMessage.NO_REPORTED_COST, rule);

        CostCalculator.Outcome outcome = CostCalculator.cost(m, hasRates ? FULL : null, mode);

        assertThat(outcome).isEqualTo(new CostCalculator.Outcome(Money.ofPicos(cost), missing));
    }

    @Test
    void reportedCostOfZeroIsACostNotAnAbsence() {
        UsageMessage m = message(1_000, 0, 0, 0, 0, 0, 0, CostRule.REPORTED_FIRST);

        assertThat(CostCalculator.cost(m, FULL, CostMode.AUTO)).isEqualTo(new CostCalculator.Outcome(Money.ZERO, false));
    }
}
