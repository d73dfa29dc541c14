//! Turning one file's running totals into per-event usage (mirrors Java `codex.TotalBaseline`).
//!
//! The baseline starts at zero. For each total, in file order:
//! 1. equal to the baseline in all four counters: a repeat (Codex writes the same total again
//!    around turn boundaries) — no usage;
//! 2. equal to a total seen earlier in the file: a repeat as well (the parent's counter resuming
//!    after an inline review, or a history replay);
//! 3. no counter below the baseline: the usage is the difference;
//! 4. some counter below: the counter restarted (resumed or forked session), so the total says
//!    nothing about this call — use `last_token_usage`, else the total itself.
//!
//! Every total handed in becomes the baseline and is remembered for rule 2. The set is only asked
//! for membership, never iterated, so its hashing order cannot reach the output.

use super::usage::TokenUsage;
use crate::fast_hash::FastHashSet;

#[derive(Debug, Default)]
pub struct TotalBaseline {
    baseline: TokenUsage,
    seen: FastHashSet<TokenUsage>,
}

impl TotalBaseline {
    /// The usage of an event with this total, or `None` when the event is a repeat.
    pub fn advance(&mut self, total: TokenUsage, last: Option<TokenUsage>) -> Option<TokenUsage> {
        let previous = std::mem::replace(&mut self.baseline, total);
        let seen_earlier = !self.seen.insert(total);
        if total == previous || seen_earlier {
            return None;
        }
        if !total.any_below(&previous) {
            return Some(total.minus(&previous));
        }
        Some(last.unwrap_or(total))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage(input: i64, cached: i64, output: i64, reasoning: i64) -> TokenUsage {
        TokenUsage::new(input, cached, output, reasoning)
    }

    #[test]
    fn first_total_is_measured_from_zero() {
        let mut b = TotalBaseline::default();
        assert_eq!(
            b.advance(usage(100, 60, 10, 4), None),
            Some(usage(100, 60, 10, 4))
        );
    }

    #[test]
    fn all_zero_first_total_is_a_repeat_of_the_zero_baseline() {
        let mut b = TotalBaseline::default();
        assert_eq!(b.advance(TokenUsage::ZERO, Some(usage(5, 0, 0, 0))), None);
    }

    #[test]
    fn growth_is_the_counter_wise_difference() {
        let mut b = TotalBaseline::default();
        b.advance(usage(100, 60, 10, 4), None);
        assert_eq!(
            b.advance(usage(250, 60, 30, 4), Some(usage(999, 0, 0, 0))),
            Some(usage(150, 0, 20, 0))
        );
    }

    #[test]
    fn same_total_again_is_a_repeat() {
        let mut b = TotalBaseline::default();
        b.advance(usage(100, 60, 10, 4), None);
        assert_eq!(
            b.advance(usage(100, 60, 10, 4), Some(usage(100, 60, 10, 4))),
            None
        );
    }

    #[test]
    fn any_counter_lower_means_a_restart_and_uses_last_usage() {
        let mut b = TotalBaseline::default();
        b.advance(usage(100, 60, 10, 4), None);
        assert_eq!(
            b.advance(usage(500, 300, 9, 4), Some(usage(40, 20, 9, 0))),
            Some(usage(40, 20, 9, 0))
        );
    }

    #[test]
    fn restart_without_last_usage_uses_the_total() {
        let mut b = TotalBaseline::default();
        b.advance(usage(100, 60, 10, 4), None);
        assert_eq!(
            b.advance(usage(30, 0, 5, 0), None),
            Some(usage(30, 0, 5, 0))
        );
    }

    #[test]
    fn restarted_total_becomes_the_baseline() {
        let mut b = TotalBaseline::default();
        b.advance(usage(100, 60, 10, 4), None);
        b.advance(usage(30, 0, 5, 0), Some(usage(30, 0, 5, 0)));
        assert_eq!(
            b.advance(usage(45, 10, 8, 1), None),
            Some(usage(15, 10, 3, 1))
        );
    }

    #[test]
    fn total_equal_to_an_earlier_one_is_a_repeat_even_after_the_baseline_moved() {
        let mut b = TotalBaseline::default();
        b.advance(usage(100, 60, 10, 4), None);
        b.advance(usage(200, 120, 20, 8), None);
        b.advance(usage(10, 0, 1, 0), Some(usage(10, 0, 1, 0)));
        assert_eq!(
            b.advance(usage(200, 120, 20, 8), Some(usage(100, 60, 10, 4))),
            None
        );
        assert_eq!(
            b.advance(usage(260, 150, 25, 8), None),
            Some(usage(60, 30, 5, 0))
        );
    }
}
