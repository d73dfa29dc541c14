package dev.tokentracker.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Money;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import java.math.BigInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cost of one message, every expectation computed by hand in the comment beside it. Rates are
 * picodollars per token: $3/M = 3,000,000.
 */
class CostFormulaTest {

    private static final long A = ModelRates.ABSENT;
    private static final long NONE = UsageMessage.NO_REPORTED_COST;

    /** Sonnet-4.5-like: $3 in, $15 out, $0.30 read, $3.75 write, $6 1-hour write; doubled above 200k, no 1h tier rate. */
    private static final ModelRates SONNET = new ModelRates(3_000_000, 15_000_000, 300_000, 3_750_000, 6_000_000,
            6_000_000, 22_500_000, 600_000, 7_500_000, A);

    /** Input $5, output $25, nothing else. */
    private static final ModelRates PLAIN = new ModelRates(5_000_000, 25_000_000, A, A, A, A, A, A, A, A);

    private static UsageMessage message(long input, long output, long cacheRead, long cacheWrite, long cacheWrite1h,
            long reasoning) {
        return message(input, output, cacheRead, cacheWrite, cacheWrite1h, reasoning, NONE, CostRule.REPORTED_FIRST);
    }

    private static UsageMessage message(long input, long output, long cacheRead, long cacheWrite, long cacheWrite1h,
            long reasoning, long reported, CostRule rule) {
        return new UsageMessage(Source.CLAUDE, "m", "p", "s", 0, input, output, cacheRead, cacheWrite, cacheWrite1h,
                reasoning, reported, rule);
    }

    private static long picos(UsageMessage m, ModelRates r) {
        return CostCalculator.calculate(m, r).picos().longValueExact();
    }

    @Nested
    class Buckets {
        @Test
        void input() {
            assertThat(picos(message(1000, 0, 0, 0, 0, 0), SONNET)).isEqualTo(3_000_000_000L); // 1000 × 3e6
        }

        @Test
        void output() {
            assertThat(picos(message(0, 1000, 0, 0, 0, 0), SONNET)).isEqualTo(15_000_000_000L); // 1000 × 15e6
        }

        @Test
        void reasoningIsBilledAtTheOutputRate() {
            assertThat(picos(message(0, 0, 0, 0, 0, 1000), SONNET)).isEqualTo(15_000_000_000L); // 1000 × 15e6
        }

        @Test
        void cacheRead() {
            assertThat(picos(message(0, 0, 1000, 0, 0, 0), SONNET)).isEqualTo(300_000_000L); // 1000 × 0.3e6
        }

        @Test
        void fiveMinuteCacheWrite() {
            assertThat(picos(message(0, 0, 0, 1000, 0, 0), SONNET)).isEqualTo(3_750_000_000L); // 1000 × 3.75e6
        }

        @Test
        void oneHourCacheWritesAtTheirOwnRate() {
            // 600 × 3.75e6 + 400 × 6e6 = 2.25e9 + 2.4e9
            assertThat(picos(message(0, 0, 0, 1000, 400, 0), SONNET)).isEqualTo(4_650_000_000L);
        }

        @Test
        void allFiveBucketsAddUp() {
            // 10×3e6 + (20+5)×15e6 + 30×0.3e6 + (40−10)×3.75e6 + 10×6e6
            // = 30e6 + 375e6 + 9e6 + 112.5e6 + 60e6
            assertThat(picos(message(10, 20, 30, 40, 10, 5), SONNET)).isEqualTo(586_500_000L);
        }
    }

    @Nested
    class MissingRates {
        @Test
        void oneHourWritesFallBackToTwiceTheInput() {
            assertThat(picos(message(0, 0, 0, 100, 100, 0), PLAIN)).isEqualTo(1_000_000_000L); // 100 × 2 × 5e6
        }

        @Test
        void cacheReadAndWriteFallBackToTheInputRate() {
            // 100 × 5e6 + (200 − 0) × 5e6
            assertThat(picos(message(0, 0, 100, 200, 0, 0), PLAIN)).isEqualTo(1_500_000_000L);
        }

        @Test
        void aMissingInputOrOutputRateCountsAsZero() {
            ModelRates outputOnly = new ModelRates(A, 4_000_000, A, A, A, A, A, A, A, A);
            assertThat(picos(message(1000, 10, 1000, 1000, 500, 0), outputOnly)).isEqualTo(40_000_000L); // 10 × 4e6
        }
    }

    @Nested
    class LongContextTier {
        @Test
        void aPromptOfExactly200kTokensStaysAtBaseRates() {
            // prompt 150,000 + 50,000 = 200,000: base. 150,000×3e6 + 1,000×15e6 + 50,000×0.3e6 = 4.5e11 + 1.5e10 + 1.5e10
            assertThat(picos(message(150_000, 1_000, 50_000, 0, 0, 0), SONNET)).isEqualTo(480_000_000_000L);
        }

        @Test
        void oneTokenMoreAndEveryBucketUsesItsAbove200kRate() {
            // prompt 200,001: 150,001×6e6 + 1,000×22.5e6 + 50,000×0.6e6 = 900,006e6 + 22,500e6 + 30,000e6
            assertThat(picos(message(150_001, 1_000, 50_000, 0, 0, 0), SONNET)).isEqualTo(952_506_000_000L);
        }

        @Test
        void theWholePromptDecidesNotOneBucket() {
            // input 1 + cache read 150,000 + cache write 50,000 = 200,001 > 200k, though no bucket alone is:
            // 1×6e6 + 150,000×0.6e6 + 50,000×7.5e6 + 100×22.5e6 + 100×22.5e6 (reasoning)
            // = 6e6 + 90,000e6 + 375,000e6 + 2,250e6 + 2,250e6
            assertThat(picos(message(1, 100, 150_000, 50_000, 0, 100), SONNET)).isEqualTo(469_506_000_000L);
        }

        @Test
        void oneHourWritesWithoutATierRateKeepTheirBaseRate() {
            // 200,001 prompt, all 1-hour writes: SONNET has a base 1h rate (6e6) and no above-200k 1h rate.
            assertThat(picos(message(0, 0, 0, 200_001, 200_001, 0), SONNET)).isEqualTo(1_200_006_000_000L);
        }

        @Test
        void oneHourWritesUseTheirTierRateWhenThereIsOne() {
            ModelRates withTier = new ModelRates(3_000_000, 15_000_000, 300_000, 3_750_000, 6_000_000,
                    6_000_000, 22_500_000, 600_000, 7_500_000, 12_000_000);
            // 200,001 × 12e6
            assertThat(picos(message(0, 0, 0, 200_001, 200_001, 0), withTier)).isEqualTo(2_400_012_000_000L);
        }

        @Test
        void inTheTierCacheFallbacksKeepTheBaseInputRateButOneHourWritesDoubleTheTierInput() {
            ModelRates inputTierOnly = new ModelRates(1_000_000, 2_000_000, A, A, A, 2_000_000, A, A, A, A);
            // prompt 100,000 + 100,001 + 1 = 200,002: input 2e6; output keeps its base 2e6; cache read has no
            // rate of its own, so its base rate is the base input 1e6 (decision 9); a 1-hour write is twice
            // the input rate in force, 2 × 2e6.
            // 100,000×2e6 + 10×2e6 + 100,001×1e6 + 1×4e6 = 200,000e6 + 20e6 + 100,001e6 + 4e6
            assertThat(picos(message(100_000, 10, 100_001, 1, 1, 0), inputTierOnly)).isEqualTo(300_025_000_000L);
        }

        @Test
        void aModelWithoutTierRatesNeverChanges() {
            // 300,000 × 5e6
            assertThat(picos(message(300_000, 0, 0, 0, 0, 0), PLAIN)).isEqualTo(1_500_000_000_000L);
        }
    }

    @Test
    void hugeCountsDoNotOverflow() {
        long max = Long.MAX_VALUE;
        Money cost = CostCalculator.calculate(message(max, max, 0, 0, 0, 0), PLAIN);
        BigInteger expected = BigInteger.valueOf(max).multiply(BigInteger.valueOf(30_000_000));
        // (2^63−1) × (5e6 + 25e6); the prompt exceeds 200k but PLAIN has no tier.
        assertThat(cost.picos()).isEqualTo(expected);
    }

    @Nested
    class CostModes {
        private final UsageMessage reported = message(1000, 0, 0, 0, 0, 0, 1234, CostRule.REPORTED_FIRST);
        private final UsageMessage unreported = message(1000, 0, 0, 0, 0, 0, NONE, CostRule.REPORTED_FIRST);

        private CostCalculator.Outcome cost(UsageMessage m, ModelRates r, CostMode mode) {
            return CostCalculator.cost(m, r, mode);
        }

        private CostCalculator.Outcome outcome(long picos, boolean missing) {
            return new CostCalculator.Outcome(Money.ofPicos(picos), missing);
        }

        @Test
        void autoTakesTheReportedCostWhenThereIsOne() {
            assertThat(cost(reported, SONNET, CostMode.AUTO)).isEqualTo(outcome(1234, false));
            assertThat(cost(reported, null, CostMode.AUTO)).isEqualTo(outcome(1234, false));
            assertThat(cost(unreported, SONNET, CostMode.AUTO)).isEqualTo(outcome(3_000_000_000L, false));
            assertThat(cost(unreported, null, CostMode.AUTO)).isEqualTo(outcome(0, true));
        }

        @Test
        void calculateIgnoresTheReportedCost() {
            assertThat(cost(reported, SONNET, CostMode.CALCULATE)).isEqualTo(outcome(3_000_000_000L, false));
            assertThat(cost(reported, null, CostMode.CALCULATE)).isEqualTo(outcome(0, true));
        }

        @Test
        void displayTakesTheReportedCostOrZeroAndNeverNeedsAPrice() {
            assertThat(cost(reported, SONNET, CostMode.DISPLAY)).isEqualTo(outcome(1234, false));
            assertThat(cost(unreported, SONNET, CostMode.DISPLAY)).isEqualTo(outcome(0, false));
            assertThat(cost(unreported, null, CostMode.DISPLAY)).isEqualTo(outcome(0, false));
        }

        @Test
        void cursorRowsPreferThePriceInAuto() {
            UsageMessage row = message(1000, 0, 0, 0, 0, 0, 1234, CostRule.PRICED_FIRST);
            UsageMessage rowWithoutCost = message(1000, 0, 0, 0, 0, 0, NONE, CostRule.PRICED_FIRST);
            assertThat(cost(row, SONNET, CostMode.AUTO)).isEqualTo(outcome(3_000_000_000L, false));
            assertThat(cost(row, null, CostMode.AUTO)).isEqualTo(outcome(1234, false));
            assertThat(cost(rowWithoutCost, null, CostMode.AUTO)).isEqualTo(outcome(0, true));
            assertThat(cost(row, SONNET, CostMode.CALCULATE)).isEqualTo(outcome(3_000_000_000L, false));
            assertThat(cost(row, SONNET, CostMode.DISPLAY)).isEqualTo(outcome(1234, false));
        }

        @ParameterizedTest
        @EnumSource(CostMode.class)
        void notChargedRowsCostNothingInEveryMode(CostMode mode) {
            UsageMessage row = message(1000, 0, 0, 0, 0, 0, 1234, CostRule.NOT_CHARGED);
            assertThat(cost(row, SONNET, mode)).isEqualTo(outcome(0, false));
            assertThat(cost(row, null, mode)).isEqualTo(outcome(0, false));
        }

        @ParameterizedTest
        @EnumSource(CostMode.class)
        void reportedOnlyRowsTakeTheirCostInEveryMode(CostMode mode) {
            assertThat(cost(message(1000, 0, 0, 0, 0, 0, 1234, CostRule.REPORTED_ONLY), SONNET, mode))
                    .isEqualTo(outcome(1234, false));
            assertThat(cost(message(1000, 0, 0, 0, 0, 0, NONE, CostRule.REPORTED_ONLY), null, mode))
                    .isEqualTo(outcome(0, false));
        }
    }
}
