//! What a group of messages adds up to (mirrors Java `report.TokenTotals` and `report.Usage`).
//!
//! Token sums saturate at 2^63-1 and costs are 128-bit picodollar counts that wrap like Java's
//! two-long `Money.plus`: both are associative and commutative, so no total depends on the order
//! in which messages are added.

use crate::model::{saturating_add, saturating_sum, UsageMessage};

/// The five disjoint token buckets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TokenTotals {
    pub input: i64,
    pub output: i64,
    pub cache_read: i64,
    pub cache_write: i64,
    pub reasoning: i64,
}

impl TokenTotals {
    pub fn of(m: &UsageMessage) -> TokenTotals {
        TokenTotals {
            input: m.input,
            output: m.output,
            cache_read: m.cache_read,
            cache_write: m.cache_write,
            reasoning: m.reasoning,
        }
    }

    /// Bucket by bucket, saturating.
    pub fn plus(&self, o: &TokenTotals) -> TokenTotals {
        TokenTotals {
            input: saturating_add(self.input, o.input),
            output: saturating_add(self.output, o.output),
            cache_read: saturating_add(self.cache_read, o.cache_read),
            cache_write: saturating_add(self.cache_write, o.cache_write),
            reasoning: saturating_add(self.reasoning, o.reasoning),
        }
    }

    /// All five buckets, reasoning included (SPEC §7), saturating.
    pub fn total(&self) -> i64 {
        saturating_sum(&[
            self.input,
            self.output,
            self.cache_read,
            self.cache_write,
            self.reasoning,
        ])
    }
}

/// Tokens, message count and cost of a group of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Usage {
    pub tokens: TokenTotals,
    pub messages: i64,
    pub cost_picos: u128,
}

impl Usage {
    pub const ZERO: Usage = Usage {
        tokens: TokenTotals {
            input: 0,
            output: 0,
            cache_read: 0,
            cache_write: 0,
            reasoning: 0,
        },
        messages: 0,
        cost_picos: 0,
    };

    /// Java's `Usage.plus`: long message counts and `Money.plus`, both wrapping.
    pub fn plus(&self, o: &Usage) -> Usage {
        Usage {
            tokens: self.tokens.plus(&o.tokens),
            messages: self.messages.wrapping_add(o.messages),
            cost_picos: self.cost_picos.wrapping_add(o.cost_picos),
        }
    }

    pub fn add(&mut self, o: &Usage) {
        *self = self.plus(o);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(input: i64, output: i64, reasoning: i64) -> TokenTotals {
        TokenTotals {
            input,
            output,
            reasoning,
            ..TokenTotals::default()
        }
    }

    #[test]
    fn buckets_saturate_separately_and_the_total_saturates_too() {
        let a = tokens(i64::MAX - 1, 1, 0);
        let sum = a.plus(&tokens(5, 2, 7));
        assert_eq!(sum, tokens(i64::MAX, 3, 7));
        assert_eq!(sum.total(), i64::MAX);
        assert_eq!(tokens(1, 2, 3).total(), 6);
    }

    #[test]
    fn costs_wrap_at_two_to_the_128_like_java_money() {
        let big = Usage {
            cost_picos: u128::MAX,
            messages: 1,
            ..Usage::ZERO
        };
        let one = Usage {
            cost_picos: 2,
            messages: 1,
            ..Usage::ZERO
        };
        let sum = big.plus(&one);
        assert_eq!(sum.cost_picos, 1);
        assert_eq!(sum.messages, 2);
        let mut acc = Usage::ZERO;
        acc.add(&one);
        acc.add(&one);
        assert_eq!(acc.cost_picos, 4);
    }
}
