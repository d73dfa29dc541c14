//! The cost of one message (mirrors Java `pricing.CostCalculator` and `pricing.CostMode`; SPEC §5,
//! `docs/pricing.md` §3): the disjoint-bucket formula with the long-context tier decided per
//! request, and the cost mode and cost rule deciding between calculated and reported.
//!
//! Formula, rates per token: `input·in + (output + reasoning)·out + cacheRead·cr +
//! (cacheWrite − cacheWrite1h)·cw + cacheWrite1h·cw1h`. When the prompt (input + cacheRead +
//! cacheWrite) exceeds 200,000 tokens and the model has any `*_above_200k_tokens` rate, every
//! bucket uses its above-200k rate, and a bucket without one keeps its base rate. Missing rates:
//! cache read and cache write fall back to the base input rate; 1-hour writes fall back to twice
//! the input rate in force. No division anywhere, so the result is exact.

use super::rates::{ModelRates, ABSENT};
use crate::model::{CostRule, UsageMessage};
use crate::money;

/// A prompt of more tokens than this is billed at the long-context tier.
pub const LONG_CONTEXT_THRESHOLD: i64 = 200_000;

/// `--mode`: which cost a message gets when its source also reports one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CostMode {
    /// The source's reported cost when it has one, else calculated (Cursor: the reverse).
    Auto,
    /// Always calculated from tokens and the price table.
    Calculate,
    /// The reported cost, or 0.
    Display,
}

impl CostMode {
    /// The id in flags and in the finalize request (Java's lower-cased constant name).
    pub fn id(self) -> &'static str {
        match self {
            CostMode::Auto => "auto",
            CostMode::Calculate => "calculate",
            CostMode::Display => "display",
        }
    }

    /// The mode with exactly this id; `None` when there is none.
    pub fn from_id(id: &str) -> Option<CostMode> {
        [CostMode::Auto, CostMode::Calculate, CostMode::Display]
            .iter()
            .copied()
            .find(|mode| mode.id() == id)
    }
}

/// What a message costs, and whether that cost lacks a price it needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub cost_picos: u128,
    pub missing_price: bool,
}

const FREE: Outcome = Outcome {
    cost_picos: 0,
    missing_price: false,
};

/// The cost of `m` in this mode; `rates` is `None` when the model is unpriced.
pub fn cost(m: &UsageMessage, rates: Option<&ModelRates>, mode: CostMode) -> Outcome {
    match m.cost_rule {
        CostRule::NotCharged => return FREE,
        CostRule::ReportedOnly => return reported_or_zero(m),
        CostRule::ReportedFirst | CostRule::PricedFirst => {}
    }
    match mode {
        CostMode::Display => reported_or_zero(m),
        CostMode::Calculate => calculated(m, rates),
        CostMode::Auto => match m.cost_rule {
            CostRule::PricedFirst if rates.is_some() || !m.has_reported_cost() => {
                calculated(m, rates)
            }
            CostRule::PricedFirst => reported_or_zero(m),
            _ if m.has_reported_cost() => reported_or_zero(m),
            _ => calculated(m, rates),
        },
    }
}

fn reported_or_zero(m: &UsageMessage) -> Outcome {
    if m.has_reported_cost() {
        // Java's Money.ofPicos rejects a negative amount; parsers never produce one.
        assert!(m.reported_cost_picos >= 0, "negative amount");
        Outcome {
            cost_picos: m.reported_cost_picos as u128,
            missing_price: false,
        }
    } else {
        FREE
    }
}

fn calculated(m: &UsageMessage, rates: Option<&ModelRates>) -> Outcome {
    match rates {
        None => Outcome {
            cost_picos: 0,
            missing_price: true,
        },
        Some(r) => Outcome {
            cost_picos: calculate(m, r),
            missing_price: false,
        },
    }
}

/// The formula itself, exact to the picodollar. Sums wrap at 2^128 as Java's `Money.plus` does;
/// with rates below 10^18 (all real ones) they cannot reach it.
pub fn calculate(m: &UsageMessage, r: &ModelRates) -> u128 {
    let tier = m.prompt_tokens() > LONG_CONTEXT_THRESHOLD && r.has_long_context_tier();
    let input = rate(tier, r.input_above_200k, base(r.input));
    let output = rate(tier, r.output_above_200k, base(r.output));
    let cache_read = rate(tier, r.cache_read_above_200k, or_input(r.cache_read, r));
    let cache_write = rate(tier, r.cache_write_above_200k, or_input(r.cache_write, r));
    let cache_write_1h = one_hour_rate(tier, r, input);
    let five_minute_writes = m.cache_write - m.cache_write_1h;
    [
        money::product(m.input, input),
        money::product(m.output, output),
        money::product(m.reasoning, output),
        money::product(m.cache_read, cache_read),
        money::product(five_minute_writes, cache_write),
        money::product(m.cache_write_1h, cache_write_1h),
    ]
    .iter()
    .fold(0u128, |sum, &term| sum.wrapping_add(term))
}

/// One-hour cache writes: the explicit 1-hour rate (its above-200k variant in the tier), else
/// twice the input rate in force.
fn one_hour_rate(tier: bool, r: &ModelRates, input_rate_in_force: i64) -> i64 {
    if tier && r.cache_write_1h_above_200k != ABSENT {
        return r.cache_write_1h_above_200k;
    }
    if r.cache_write_1h != ABSENT {
        return r.cache_write_1h;
    }
    input_rate_in_force.saturating_mul(2)
}

fn rate(tier: bool, above: i64, base: i64) -> i64 {
    if tier && above != ABSENT {
        above
    } else {
        base
    }
}

/// A cache rate, or the base input rate when the table has none.
fn or_input(cache_rate: i64, r: &ModelRates) -> i64 {
    if cache_rate != ABSENT {
        cache_rate
    } else {
        base(r.input)
    }
}

fn base(rate: i64) -> i64 {
    if rate == ABSENT {
        0
    } else {
        rate
    }
}
