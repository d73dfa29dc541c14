//! The cost of one message (the cases of Java's `CostCalculatorTest` and `CostFormulaTest`).
//! Rates are picodollars per token; every expectation is worked out by hand in picodollars
//! (10^-12 USD), e.g. 1,000 input tokens at $3/M = 3,000 × 10^6.

use super::*;
use crate::model::{CostRule, Source, UsageMessage, NO_REPORTED_COST};

const A: i64 = ABSENT;

fn rates(r: [i64; 10]) -> ModelRates {
    ModelRates::from_array(r)
}

fn message(
    [input, output, cache_read, cache_write, cache_write_1h, reasoning]: [i64; 6],
    reported: i64,
    rule: CostRule,
) -> UsageMessage {
    UsageMessage {
        source: Source::Claude,
        model_id: "m".into(),
        provider_id: "p".into(),
        session_id: "s".into(),
        timestamp_ms: 0,
        input,
        output,
        cache_read,
        cache_write,
        cache_write_1h,
        reasoning,
        reported_cost_picos: reported,
        cost_rule: rule,
    }
}

/// A message with these token counts (input, output, cache read, cache write, of which 1-hour,
/// reasoning), no reported cost.
fn tokens(counts: [i64; 6]) -> UsageMessage {
    message(counts, NO_REPORTED_COST, CostRule::ReportedFirst)
}

fn picos(counts: [i64; 6], r: [i64; 10]) -> u128 {
    calculate(&tokens(counts), &rates(r))
}

fn outcome(cost_picos: u128, missing_price: bool) -> Outcome {
    Outcome {
        cost_picos,
        missing_price,
    }
}

mod calculator {
    //! CostCalculatorTest.

    use super::*;

    /// A Sonnet-like model: $3 in, $15 out, $0.30 read, $3.75 write, $5 1-hour write, tier ×2
    /// (1h: $10).
    const FULL: [i64; 10] = [
        3_000_000, 15_000_000, 300_000, 3_750_000, 5_000_000, 6_000_000, 22_500_000, 600_000,
        7_500_000, 10_000_000,
    ];
    /// The same without any above-200k rate.
    const NO_TIER: [i64; 10] = [
        3_000_000, 15_000_000, 300_000, 3_750_000, 5_000_000, A, A, A, A, A,
    ];
    /// Only input and output rates: no cache prices, no tier.
    const BARE: [i64; 10] = [3_000_000, 15_000_000, A, A, A, A, A, A, A, A];

    #[test]
    fn each_bucket_at_its_rate() {
        assert_eq!(picos([1_000, 0, 0, 0, 0, 0], FULL), 3_000_000_000);
        assert_eq!(picos([0, 1_000, 0, 0, 0, 0], FULL), 15_000_000_000);
        assert_eq!(picos([0, 0, 1_000, 0, 0, 0], FULL), 300_000_000);
        assert_eq!(picos([0, 0, 0, 1_000, 0, 0], FULL), 3_750_000_000);
        assert_eq!(picos([0, 0, 0, 1_000, 1_000, 0], FULL), 5_000_000_000);
    }

    #[test]
    fn reasoning_is_billed_at_the_output_rate() {
        assert_eq!(picos([0, 0, 0, 0, 0, 1_000], FULL), 15_000_000_000);
        assert_eq!(picos([0, 600, 0, 0, 0, 400], FULL), 15_000_000_000);
    }

    #[test]
    fn buckets_add_up() {
        // 1,200 in + 850 out + 20,000 read + 3,000 5-minute writes + 1,000 1-hour writes + 100 reasoning
        let expected: u128 = 1_200 * 3_000_000
            + 850 * 15_000_000
            + 20_000 * 300_000
            + 3_000 * 3_750_000
            + 1_000 * 5_000_000
            + 100 * 15_000_000;
        assert_eq!(expected, 40_100_000_000);
        assert_eq!(
            picos([1_200, 850, 20_000, 4_000, 1_000, 100], FULL),
            expected
        );
    }

    #[test]
    fn one_hour_writes_use_their_explicit_rate() {
        // 600 five-minute writes at 3.75 + 400 one-hour writes at 5
        assert_eq!(
            picos([0, 0, 0, 1_000, 400, 0], NO_TIER),
            2_250_000_000 + 2_000_000_000
        );
    }

    #[test]
    fn one_hour_writes_without_a_rate_cost_twice_the_input_rate() {
        let no_one_hour = [3_000_000, 15_000_000, 300_000, 3_750_000, A, A, A, A, A, A];
        // 600 at 3.75 + 400 at 2 × 3
        assert_eq!(
            picos([0, 0, 0, 1_000, 400, 0], no_one_hour),
            2_250_000_000 + 2_400_000_000
        );
    }

    #[test]
    fn prompt_of_exactly_200k_tokens_uses_base_rates() {
        assert_eq!(picos([200_000, 0, 0, 0, 0, 0], FULL), 600_000_000_000);
        assert_eq!(
            picos([100_000, 10, 50_000, 50_000, 0, 0], FULL),
            300_000_000_000 + 150_000_000 + 15_000_000_000 + 187_500_000_000
        );
    }

    #[test]
    fn prompt_of_200001_tokens_uses_the_tier_for_every_bucket() {
        assert_eq!(picos([200_001, 0, 0, 0, 0, 0], FULL), 1_200_006_000_000);
        // 100,000 in at 6 + 10 out at 22.5 + 50,000 read at 0.6 + 50,001 writes at 7.5 + 10 reasoning at 22.5
        assert_eq!(
            picos([100_000, 10, 50_000, 50_001, 0, 10], FULL),
            600_000_000_000 + 225_000_000 + 30_000_000_000 + 375_007_500_000 + 225_000_000
        );
    }

    #[test]
    fn output_does_not_count_towards_the_prompt() {
        assert_eq!(
            picos([200_000, 1_000, 0, 0, 0, 1_000], FULL),
            600_000_000_000 + 15_000_000_000 + 15_000_000_000
        );
    }

    #[test]
    fn without_tier_rates_a_long_prompt_keeps_base_rates() {
        assert_eq!(picos([200_001, 0, 0, 0, 0, 0], NO_TIER), 600_003_000_000);
        assert_eq!(picos([200_001, 0, 0, 0, 0, 0], BARE), 600_003_000_000);
    }

    #[test]
    fn in_the_tier_a_bucket_without_an_above_rate_keeps_its_base_rate() {
        let input_tier_only = [
            3_000_000, 15_000_000, 300_000, 3_750_000, A, 6_000_000, A, A, A, A,
        ];
        // 200,001 in at 6 (tier) + 1,000 out at 15 (base) + 1,000 read at 0.3 (base)
        assert_eq!(
            picos([199_001, 1_000, 1_000, 0, 0, 0], input_tier_only),
            199_001 * 6_000_000 + 15_000_000_000 + 300_000_000
        );
    }

    #[test]
    fn one_hour_writes_in_the_tier() {
        let long_prompt = [0, 0, 0, 200_001, 200_001, 0];
        let no_one_hour_tier = [
            3_000_000, 15_000_000, 300_000, 3_750_000, 5_000_000, 6_000_000, 22_500_000, 600_000,
            7_500_000, A,
        ];
        let no_one_hour_at_all = [
            3_000_000, 15_000_000, 300_000, 3_750_000, A, 6_000_000, 22_500_000, 600_000,
            7_500_000, A,
        ];
        // explicit above-200k 1-hour rate: 10
        assert_eq!(picos(long_prompt, FULL), 2_000_010_000_000);
        // no above-200k 1-hour rate: the base 1-hour rate, 5 (a bucket keeps its base rate)
        assert_eq!(picos(long_prompt, no_one_hour_tier), 1_000_005_000_000);
        // no 1-hour rate at all: twice the input rate in force, 2 × 6
        assert_eq!(picos(long_prompt, no_one_hour_at_all), 2_400_012_000_000);
    }

    #[test]
    fn missing_cache_rates_fall_back_to_the_input_rate() {
        assert_eq!(picos([0, 0, 1_000, 0, 0, 0], BARE), 3_000_000_000);
        assert_eq!(picos([0, 0, 0, 1_000, 0, 0], BARE), 3_000_000_000);
        assert_eq!(picos([0, 0, 0, 1_000, 1_000, 0], BARE), 6_000_000_000);
    }

    #[test]
    fn in_the_tier_missing_cache_rates_fall_back_to_the_base_input_rate() {
        // Pinned as implemented: the fallback is the base input rate (3), not the tier's (6).
        let tier_without_cache = [3_000_000, 15_000_000, A, A, A, 6_000_000, A, A, A, A];
        assert_eq!(
            picos([1, 0, 200_000, 0, 0, 0], tier_without_cache),
            6_000_000 + 200_000 * 3_000_000
        );
    }

    #[test]
    fn missing_input_rate_counts_as_zero() {
        let output_only = [A, 15_000_000, A, A, A, A, A, A, A, A];
        assert_eq!(
            picos([1_000, 1_000, 1_000, 1_000, 500, 0], output_only),
            15_000_000_000
        );
    }

    #[test]
    fn largest_counts_do_not_overflow() {
        // The prompt is over 200k, so the tier rates apply: (2^63 - 1) × (6 + 22.5) × 10^6.
        assert_eq!(
            picos([i64::MAX, i64::MAX, 0, 0, 0, 0], FULL),
            i64::MAX as u128 * 28_500_000
        );
    }

    #[test]
    fn a_doubled_input_rate_saturates_as_in_java() {
        // Java's saturatingDouble: a rate above 2^62 doubles to 2^63 - 1.
        let huge_input = [i64::MAX / 2 + 1, 0, A, A, A, A, A, A, A, A];
        assert_eq!(picos([0, 0, 0, 1, 1, 0], huge_input), i64::MAX as u128);
        let half = [i64::MAX / 2, 0, A, A, A, A, A, A, A, A];
        assert_eq!(picos([0, 0, 0, 1, 1, 0], half), (i64::MAX - 1) as u128);
    }

    #[test]
    fn sums_wrap_at_2_pow_128_as_javas_money_does() {
        // Six terms of up to (2^63 - 1)^2 can pass 2^128 only with rates no table has (> 10^18).
        let max = [i64::MAX; 10];
        let m = [i64::MAX, i64::MAX, i64::MAX, i64::MAX, 0, i64::MAX];
        let term = i64::MAX as u128 * i64::MAX as u128;
        let expected = term
            .wrapping_add(term)
            .wrapping_add(term)
            .wrapping_add(term)
            .wrapping_add(term);
        assert_eq!(picos(m, max), expected);
        assert!(expected < term, "the sum did wrap");
    }

    /// Every cost rule in every mode. The message has 1,000 input tokens (3,000,000,000
    /// picodollars when calculated) and, where said, a reported cost of 1,234 picodollars.
    #[test]
    fn cost_rule_and_mode_choose_the_cost() {
        use CostMode::*;
        use CostRule::*;
        let cases = [
            // rule, mode, rates, reported, cost, missing price
            (ReportedFirst, Auto, true, true, 1234, false),
            (ReportedFirst, Auto, true, false, 3_000_000_000, false),
            (ReportedFirst, Auto, false, true, 1234, false),
            (ReportedFirst, Auto, false, false, 0, true),
            (ReportedFirst, Calculate, true, true, 3_000_000_000, false),
            (ReportedFirst, Calculate, false, true, 0, true),
            (ReportedFirst, Display, true, true, 1234, false),
            (ReportedFirst, Display, true, false, 0, false),
            (ReportedFirst, Display, false, false, 0, false),
            (PricedFirst, Auto, true, true, 3_000_000_000, false),
            (PricedFirst, Auto, false, true, 1234, false),
            (PricedFirst, Auto, false, false, 0, true),
            (PricedFirst, Calculate, true, true, 3_000_000_000, false),
            (PricedFirst, Calculate, false, true, 0, true),
            (PricedFirst, Display, true, true, 1234, false),
            (PricedFirst, Display, true, false, 0, false),
            (NotCharged, Auto, true, true, 0, false),
            (NotCharged, Calculate, true, true, 0, false),
            (NotCharged, Calculate, false, false, 0, false),
            (NotCharged, Display, true, true, 0, false),
            (ReportedOnly, Auto, true, true, 1234, false),
            (ReportedOnly, Calculate, true, true, 1234, false),
            (ReportedOnly, Calculate, false, false, 0, false),
            (ReportedOnly, Display, false, true, 1234, false),
        ];
        let full = rates(FULL);
        for (rule, mode, has_rates, has_reported, picos, missing) in cases {
            let reported = if has_reported {
                1_234
            } else {
                NO_REPORTED_COST
            };
            let m = message([1_000, 0, 0, 0, 0, 0], reported, rule);
            let r = if has_rates { Some(&full) } else { None };
            assert_eq!(
                cost(&m, r, mode),
                outcome(picos, missing),
                "{:?} {:?} rates={} reported={}",
                rule,
                mode,
                has_rates,
                has_reported
            );
        }
    }

    #[test]
    fn reported_cost_of_zero_is_a_cost_not_an_absence() {
        let m = message([1_000, 0, 0, 0, 0, 0], 0, CostRule::ReportedFirst);
        assert_eq!(
            cost(&m, Some(&rates(FULL)), CostMode::Auto),
            outcome(0, false)
        );
    }
}

mod formula {
    //! CostFormulaTest: every expectation computed by hand in the comment beside it.

    use super::*;

    /// Sonnet-4.5-like: $3 in, $15 out, $0.30 read, $3.75 write, $6 1-hour write; doubled above
    /// 200k, no 1h tier rate.
    const SONNET: [i64; 10] = [
        3_000_000, 15_000_000, 300_000, 3_750_000, 6_000_000, 6_000_000, 22_500_000, 600_000,
        7_500_000, A,
    ];
    /// Input $5, output $25, nothing else.
    const PLAIN: [i64; 10] = [5_000_000, 25_000_000, A, A, A, A, A, A, A, A];

    #[test]
    fn buckets() {
        assert_eq!(picos([1000, 0, 0, 0, 0, 0], SONNET), 3_000_000_000); // 1000 × 3e6
        assert_eq!(picos([0, 1000, 0, 0, 0, 0], SONNET), 15_000_000_000); // 1000 × 15e6
        assert_eq!(picos([0, 0, 0, 0, 0, 1000], SONNET), 15_000_000_000); // reasoning at output
        assert_eq!(picos([0, 0, 1000, 0, 0, 0], SONNET), 300_000_000); // 1000 × 0.3e6
        assert_eq!(picos([0, 0, 0, 1000, 0, 0], SONNET), 3_750_000_000); // 1000 × 3.75e6
                                                                         // 600 × 3.75e6 + 400 × 6e6 = 2.25e9 + 2.4e9
        assert_eq!(picos([0, 0, 0, 1000, 400, 0], SONNET), 4_650_000_000);
        // 10×3e6 + (20+5)×15e6 + 30×0.3e6 + (40−10)×3.75e6 + 10×6e6
        // = 30e6 + 375e6 + 9e6 + 112.5e6 + 60e6
        assert_eq!(picos([10, 20, 30, 40, 10, 5], SONNET), 586_500_000);
    }

    #[test]
    fn missing_rates() {
        // 100 × 2 × 5e6
        assert_eq!(picos([0, 0, 0, 100, 100, 0], PLAIN), 1_000_000_000);
        // 100 × 5e6 + (200 − 0) × 5e6
        assert_eq!(picos([0, 0, 100, 200, 0, 0], PLAIN), 1_500_000_000);
        let output_only = [A, 4_000_000, A, A, A, A, A, A, A, A];
        // 10 × 4e6
        assert_eq!(
            picos([1000, 10, 1000, 1000, 500, 0], output_only),
            40_000_000
        );
    }

    #[test]
    fn a_prompt_of_exactly_200k_tokens_stays_at_base_rates() {
        // 150,000×3e6 + 1,000×15e6 + 50,000×0.3e6 = 4.5e11 + 1.5e10 + 1.5e10
        assert_eq!(
            picos([150_000, 1_000, 50_000, 0, 0, 0], SONNET),
            480_000_000_000
        );
    }

    #[test]
    fn one_token_more_and_every_bucket_uses_its_above_200k_rate() {
        // 150,001×6e6 + 1,000×22.5e6 + 50,000×0.6e6 = 900,006e6 + 22,500e6 + 30,000e6
        assert_eq!(
            picos([150_001, 1_000, 50_000, 0, 0, 0], SONNET),
            952_506_000_000
        );
    }

    #[test]
    fn the_whole_prompt_decides_not_one_bucket() {
        // 1×6e6 + 150,000×0.6e6 + 50,000×7.5e6 + 100×22.5e6 + 100×22.5e6 (reasoning)
        assert_eq!(
            picos([1, 100, 150_000, 50_000, 0, 100], SONNET),
            469_506_000_000
        );
    }

    #[test]
    fn one_hour_writes_without_a_tier_rate_keep_their_base_rate() {
        assert_eq!(
            picos([0, 0, 0, 200_001, 200_001, 0], SONNET),
            1_200_006_000_000
        );
    }

    #[test]
    fn one_hour_writes_use_their_tier_rate_when_there_is_one() {
        let with_tier = [
            3_000_000, 15_000_000, 300_000, 3_750_000, 6_000_000, 6_000_000, 22_500_000, 600_000,
            7_500_000, 12_000_000,
        ];
        // 200,001 × 12e6
        assert_eq!(
            picos([0, 0, 0, 200_001, 200_001, 0], with_tier),
            2_400_012_000_000
        );
    }

    #[test]
    fn in_the_tier_cache_fallbacks_keep_the_base_input_rate_but_one_hour_writes_double_the_tier_input(
    ) {
        let input_tier_only = [1_000_000, 2_000_000, A, A, A, 2_000_000, A, A, A, A];
        // 100,000×2e6 + 10×2e6 + 100,001×1e6 + 1×4e6 = 200,000e6 + 20e6 + 100,001e6 + 4e6
        assert_eq!(
            picos([100_000, 10, 100_001, 1, 1, 0], input_tier_only),
            300_025_000_000
        );
    }

    #[test]
    fn a_model_without_tier_rates_never_changes() {
        // 300,000 × 5e6
        assert_eq!(picos([300_000, 0, 0, 0, 0, 0], PLAIN), 1_500_000_000_000);
    }

    #[test]
    fn huge_counts_do_not_overflow() {
        // (2^63−1) × (5e6 + 25e6); the prompt exceeds 200k but PLAIN has no tier.
        assert_eq!(
            picos([i64::MAX, i64::MAX, 0, 0, 0, 0], PLAIN),
            i64::MAX as u128 * 30_000_000
        );
    }

    #[test]
    fn cost_modes() {
        let sonnet = rates(SONNET);
        let reported = message([1000, 0, 0, 0, 0, 0], 1234, CostRule::ReportedFirst);
        let unreported = message(
            [1000, 0, 0, 0, 0, 0],
            NO_REPORTED_COST,
            CostRule::ReportedFirst,
        );
        // auto takes the reported cost when there is one
        assert_eq!(
            cost(&reported, Some(&sonnet), CostMode::Auto),
            outcome(1234, false)
        );
        assert_eq!(cost(&reported, None, CostMode::Auto), outcome(1234, false));
        assert_eq!(
            cost(&unreported, Some(&sonnet), CostMode::Auto),
            outcome(3_000_000_000, false)
        );
        assert_eq!(cost(&unreported, None, CostMode::Auto), outcome(0, true));
        // calculate ignores the reported cost
        assert_eq!(
            cost(&reported, Some(&sonnet), CostMode::Calculate),
            outcome(3_000_000_000, false)
        );
        assert_eq!(cost(&reported, None, CostMode::Calculate), outcome(0, true));
        // display takes the reported cost or zero and never needs a price
        assert_eq!(
            cost(&reported, Some(&sonnet), CostMode::Display),
            outcome(1234, false)
        );
        assert_eq!(
            cost(&unreported, Some(&sonnet), CostMode::Display),
            outcome(0, false)
        );
        assert_eq!(
            cost(&unreported, None, CostMode::Display),
            outcome(0, false)
        );
    }

    #[test]
    fn cursor_rows_prefer_the_price_in_auto() {
        let sonnet = rates(SONNET);
        let row = message([1000, 0, 0, 0, 0, 0], 1234, CostRule::PricedFirst);
        let row_without_cost = message(
            [1000, 0, 0, 0, 0, 0],
            NO_REPORTED_COST,
            CostRule::PricedFirst,
        );
        assert_eq!(
            cost(&row, Some(&sonnet), CostMode::Auto),
            outcome(3_000_000_000, false)
        );
        assert_eq!(cost(&row, None, CostMode::Auto), outcome(1234, false));
        assert_eq!(
            cost(&row_without_cost, None, CostMode::Auto),
            outcome(0, true)
        );
        assert_eq!(
            cost(&row, Some(&sonnet), CostMode::Calculate),
            outcome(3_000_000_000, false)
        );
        assert_eq!(
            cost(&row, Some(&sonnet), CostMode::Display),
            outcome(1234, false)
        );
    }

    #[test]
    fn not_charged_rows_cost_nothing_in_every_mode() {
        let sonnet = rates(SONNET);
        let row = message([1000, 0, 0, 0, 0, 0], 1234, CostRule::NotCharged);
        for mode in [CostMode::Auto, CostMode::Calculate, CostMode::Display] {
            assert_eq!(cost(&row, Some(&sonnet), mode), outcome(0, false));
            assert_eq!(cost(&row, None, mode), outcome(0, false));
        }
    }

    #[test]
    fn reported_only_rows_take_their_cost_in_every_mode() {
        let sonnet = rates(SONNET);
        let row = message([1000, 0, 0, 0, 0, 0], 1234, CostRule::ReportedOnly);
        let row_without_cost = message(
            [1000, 0, 0, 0, 0, 0],
            NO_REPORTED_COST,
            CostRule::ReportedOnly,
        );
        for mode in [CostMode::Auto, CostMode::Calculate, CostMode::Display] {
            assert_eq!(cost(&row, Some(&sonnet), mode), outcome(1234, false));
            assert_eq!(cost(&row_without_cost, None, mode), outcome(0, false));
        }
    }
}

#[test]
fn cost_modes_have_the_java_ids() {
    for mode in [CostMode::Auto, CostMode::Calculate, CostMode::Display] {
        assert_eq!(CostMode::from_id(mode.id()), Some(mode));
    }
    assert_eq!(CostMode::Calculate.id(), "calculate");
    assert_eq!(CostMode::from_id("AUTO"), None);
    assert_eq!(CostMode::from_id(""), None);
}
