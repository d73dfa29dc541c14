//! One valid usage record and its mapping to the unified message (mirrors Java
//! `source.gemini.Usage`).
//!
//! Gemini's counts overlap: `input` includes `cached`, and `total == input + output + thoughts +
//! tool`. The five disjoint buckets of SPEC §3 are therefore input = input − cached + tool,
//! cache read = cached, output = output, reasoning = thoughts.

use super::tokens::Tokens;
use crate::model::{saturating_add, CostRule, Source, Text, UsageMessage, NO_REPORTED_COST};

pub const PROVIDER: &str = "google";

/// A gemini message whose counts are all token counts and whose timestamp parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Usage {
    /// The message id, or `None` (such a message is never deduplicated).
    pub message_id: Option<String>,
    pub model: String,
    pub timestamp_ms: i64,
    pub tokens: Tokens,
}

impl Usage {
    /// True when `cached > input`: the subtraction is clamped at 0 and counted malformed.
    pub fn clamped(&self) -> bool {
        self.tokens.cached > self.tokens.input
    }

    pub fn to_message(&self, session_id: &str) -> UsageMessage {
        let t = &self.tokens;
        let uncached = (t.input - t.cached).max(0);
        UsageMessage {
            source: Source::Gemini,
            model_id: Text::from(self.model.as_str()),
            provider_id: Text::from(PROVIDER),
            session_id: Text::from(session_id),
            timestamp_ms: self.timestamp_ms,
            input: saturating_add(uncached, t.tool),
            output: t.output,
            cache_read: t.cached,
            cache_write: 0,
            cache_write_1h: 0,
            reasoning: t.thoughts,
            reported_cost_picos: NO_REPORTED_COST,
            cost_rule: CostRule::ReportedFirst,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage(input: i64, output: i64, cached: i64, thoughts: i64, tool: i64) -> Usage {
        Usage {
            message_id: Some("m1".to_string()),
            model: "gemini-2.5-pro".to_string(),
            timestamp_ms: 1_000,
            tokens: Tokens {
                input,
                output,
                cached,
                thoughts,
                tool,
            },
        }
    }

    #[test]
    fn maps_overlapping_counts_into_disjoint_buckets() {
        let usage = usage(6588, 26, 6078, 133, 120);
        let message = usage.to_message("s1");
        assert!(!usage.clamped());
        assert_eq!(message.input, 6588 - 6078 + 120);
        assert_eq!(message.cache_read, 6078);
        assert_eq!(message.output, 26);
        assert_eq!(message.reasoning, 133);
        assert_eq!(message.cache_write, 0);
        // Gemini's total is input + output + thoughts + tool: nothing lost or counted twice.
        assert_eq!(message.total_tokens(), 6588 + 26 + 133 + 120);
        assert_eq!(message.source, Source::Gemini);
        assert_eq!(message.provider_id, "google");
        assert_eq!(message.model_id, "gemini-2.5-pro");
        assert_eq!(message.session_id, "s1");
        assert_eq!(message.timestamp_ms, 1_000);
        assert!(!message.has_reported_cost());
        assert_eq!(message.cost_rule, CostRule::ReportedFirst);
    }

    #[test]
    fn cached_above_input_is_clamped_at_zero() {
        let usage = usage(100, 0, 150, 0, 20);
        assert!(usage.clamped());
        assert_eq!(usage.to_message("s").input, 20);
    }

    #[test]
    fn cached_equal_to_input_is_not_clamped() {
        let usage = usage(150, 0, 150, 0, 0);
        assert!(!usage.clamped());
        assert_eq!(usage.to_message("s").input, 0);
    }

    #[test]
    fn tool_tokens_saturate_instead_of_overflowing() {
        assert_eq!(
            usage(i64::MAX, 0, 0, 0, i64::MAX).to_message("s").input,
            i64::MAX
        );
    }
}
