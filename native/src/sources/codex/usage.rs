//! The four counters of a Codex usage object and their mapping to the five disjoint buckets
//! (mirrors Java `codex.TokenUsage` and `codex.CodexBuckets`).

/// A counter that was present but is not an integer from 0 to 2^63-1. Held instead of failing at
/// once, so that a later duplicate member can replace it and the verdict waits until the record
/// is known to be usage (Java `TokenUsage.INVALID`).
pub const INVALID: i64 = -1;

/// `total_token_usage` or `last_token_usage` as written: `input` includes `cached`, `output`
/// includes `reasoning`. `total_tokens` is not read (it is input + output).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct TokenUsage {
    pub input: i64,
    pub cached: i64,
    pub output: i64,
    pub reasoning: i64,
}

impl TokenUsage {
    /// The baseline at the start of every file.
    pub const ZERO: TokenUsage = TokenUsage::new(0, 0, 0, 0);

    pub const fn new(input: i64, cached: i64, output: i64, reasoning: i64) -> TokenUsage {
        TokenUsage {
            input,
            cached,
            output,
            reasoning,
        }
    }

    /// True when no counter is [`INVALID`].
    pub fn is_valid(&self) -> bool {
        self.input >= 0 && self.cached >= 0 && self.output >= 0 && self.reasoning >= 0
    }

    /// True when at least one counter is lower than the same counter of `other`.
    pub fn any_below(&self, other: &TokenUsage) -> bool {
        self.input < other.input
            || self.cached < other.cached
            || self.output < other.output
            || self.reasoning < other.reasoning
    }

    /// The counter-wise difference; only called when no counter is below `other`'s.
    pub fn minus(&self, other: &TokenUsage) -> TokenUsage {
        TokenUsage::new(
            self.input - other.input,
            self.cached - other.cached,
            self.output - other.output,
            self.reasoning - other.reasoning,
        )
    }
}

/// One event's usage in the buckets of SPEC §3. Codex's `input_tokens` includes
/// `cached_input_tokens` and `output_tokens` includes `reasoning_output_tokens`, so both are
/// subtracted out; Codex has no cache writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodexBuckets {
    pub input: i64,
    pub output: i64,
    pub cache_read: i64,
    pub reasoning: i64,
    /// A subtraction went below zero and was clamped to 0: the record is counted as malformed
    /// once, and its message is still produced.
    pub clamped: bool,
}

impl CodexBuckets {
    /// The buckets of a valid usage (every counter non-negative, so the differences cannot
    /// overflow).
    pub fn of(usage: &TokenUsage) -> CodexBuckets {
        let input = usage.input - usage.cached;
        let output = usage.output - usage.reasoning;
        CodexBuckets {
            input: input.max(0),
            output: output.max(0),
            cache_read: usage.cached,
            reasoning: usage.reasoning,
            clamped: input < 0 || output < 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_and_reasoning_are_taken_out_of_input_and_output() {
        let b = CodexBuckets::of(&TokenUsage::new(1000, 600, 90, 30));
        assert_eq!(
            (b.input, b.cache_read, b.output, b.reasoning),
            (400, 600, 60, 30)
        );
        assert!(!b.clamped);
    }

    #[test]
    fn a_subtraction_below_zero_is_clamped_and_flagged() {
        let b = CodexBuckets::of(&TokenUsage::new(10, 20, 1, 5));
        assert_eq!(
            (b.input, b.cache_read, b.output, b.reasoning),
            (0, 20, 0, 5)
        );
        assert!(b.clamped);
        assert!(CodexBuckets::of(&TokenUsage::new(10, 20, 5, 1)).clamped);
        assert!(CodexBuckets::of(&TokenUsage::new(20, 10, 1, 5)).clamped);
    }

    #[test]
    fn any_invalid_counter_makes_the_usage_invalid() {
        assert!(TokenUsage::ZERO.is_valid());
        assert!(!TokenUsage::new(1, INVALID, 1, 1).is_valid());
        assert!(!TokenUsage::new(1, 1, 1, INVALID).is_valid());
    }
}
