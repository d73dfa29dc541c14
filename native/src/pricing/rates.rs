//! One price-table entry's rates (mirrors Java `pricing.ModelRates` and `pricing.RateField`).

/// A rate the table does not have.
pub const ABSENT: i64 = -1;

/// One price-table entry's per-token rates, in picodollars per token; [`ABSENT`] where the table
/// has no such rate. Only the rates the cost formula uses are kept (SPEC §5). The field order is
/// the order of [`RateField`] and of the ABI's price table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelRates {
    pub input: i64,
    pub output: i64,
    pub cache_read: i64,
    pub cache_write: i64,
    pub cache_write_1h: i64,
    pub input_above_200k: i64,
    pub output_above_200k: i64,
    pub cache_read_above_200k: i64,
    pub cache_write_above_200k: i64,
    pub cache_write_1h_above_200k: i64,
}

impl ModelRates {
    /// Every rate absent.
    pub const NONE: ModelRates = ModelRates::from_array([ABSENT; 10]);

    /// True when any bucket has a long-context rate, so the per-request tier applies.
    pub fn has_long_context_tier(&self) -> bool {
        self.input_above_200k != ABSENT
            || self.output_above_200k != ABSENT
            || self.cache_read_above_200k != ABSENT
            || self.cache_write_above_200k != ABSENT
            || self.cache_write_1h_above_200k != ABSENT
    }

    /// The rates in the order of [`RateField`].
    pub fn to_array(&self) -> [i64; 10] {
        [
            self.input,
            self.output,
            self.cache_read,
            self.cache_write,
            self.cache_write_1h,
            self.input_above_200k,
            self.output_above_200k,
            self.cache_read_above_200k,
            self.cache_write_above_200k,
            self.cache_write_1h_above_200k,
        ]
    }

    /// The rates from an array in the order of [`RateField`].
    pub const fn from_array(r: [i64; 10]) -> ModelRates {
        ModelRates {
            input: r[0],
            output: r[1],
            cache_read: r[2],
            cache_write: r[3],
            cache_write_1h: r[4],
            input_above_200k: r[5],
            output_above_200k: r[6],
            cache_read_above_200k: r[7],
            cache_write_above_200k: r[8],
            cache_write_1h_above_200k: r[9],
        }
    }
}

/// The LiteLLM fields the tool reads, and their short names in the snapshot format. The
/// declaration order is the order of [`ModelRates`]'s fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateField {
    Input,
    Output,
    CacheRead,
    CacheWrite,
    CacheWrite1h,
    InputAbove200k,
    OutputAbove200k,
    CacheReadAbove200k,
    CacheWriteAbove200k,
    CacheWrite1hAbove200k,
}

impl RateField {
    /// Every field, in [`ModelRates`] order.
    pub const ALL: [RateField; 10] = [
        RateField::Input,
        RateField::Output,
        RateField::CacheRead,
        RateField::CacheWrite,
        RateField::CacheWrite1h,
        RateField::InputAbove200k,
        RateField::OutputAbove200k,
        RateField::CacheReadAbove200k,
        RateField::CacheWriteAbove200k,
        RateField::CacheWrite1hAbove200k,
    ];

    /// The field's position in [`ModelRates::to_array`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The field's name in LiteLLM's `model_prices_and_context_window.json`.
    pub fn lite_llm_name(self) -> &'static str {
        match self {
            RateField::Input => "input_cost_per_token",
            RateField::Output => "output_cost_per_token",
            RateField::CacheRead => "cache_read_input_token_cost",
            RateField::CacheWrite => "cache_creation_input_token_cost",
            RateField::CacheWrite1h => "cache_creation_input_token_cost_above_1hr",
            RateField::InputAbove200k => "input_cost_per_token_above_200k_tokens",
            RateField::OutputAbove200k => "output_cost_per_token_above_200k_tokens",
            RateField::CacheReadAbove200k => "cache_read_input_token_cost_above_200k_tokens",
            RateField::CacheWriteAbove200k => "cache_creation_input_token_cost_above_200k_tokens",
            RateField::CacheWrite1hAbove200k => {
                "cache_creation_input_token_cost_above_1hr_above_200k_tokens"
            }
        }
    }

    /// The field's name in the snapshot format (the bundled snapshot and the disk cache).
    pub fn snapshot_name(self) -> &'static str {
        match self {
            RateField::Input => "input",
            RateField::Output => "output",
            RateField::CacheRead => "cacheRead",
            RateField::CacheWrite => "cacheWrite",
            RateField::CacheWrite1h => "cacheWrite1h",
            RateField::InputAbove200k => "inputAbove200k",
            RateField::OutputAbove200k => "outputAbove200k",
            RateField::CacheReadAbove200k => "cacheReadAbove200k",
            RateField::CacheWriteAbove200k => "cacheWriteAbove200k",
            RateField::CacheWrite1hAbove200k => "cacheWrite1hAbove200k",
        }
    }

    pub fn by_lite_llm_name(name: &str) -> Option<RateField> {
        RateField::ALL
            .iter()
            .copied()
            .find(|f| f.lite_llm_name() == name)
    }

    pub fn by_snapshot_name(name: &str) -> Option<RateField> {
        RateField::ALL
            .iter()
            .copied()
            .find(|f| f.snapshot_name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_array_follows_the_field_order() {
        let rates = ModelRates::from_array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        for field in RateField::ALL {
            assert_eq!(rates.to_array()[field.index()], field.index() as i64);
        }
        assert_eq!(rates.cache_write_1h, 4);
        assert_eq!(rates.cache_write_1h_above_200k, 9);
    }

    #[test]
    fn any_above_200k_rate_makes_a_tier() {
        assert!(!ModelRates::NONE.has_long_context_tier());
        for i in 5..10 {
            let mut r = [ABSENT; 10];
            r[i] = 0;
            assert!(ModelRates::from_array(r).has_long_context_tier());
        }
        let mut base_only = [ABSENT; 10];
        base_only[..5].copy_from_slice(&[1, 2, 3, 4, 5]);
        assert!(!ModelRates::from_array(base_only).has_long_context_tier());
    }

    #[test]
    fn field_names_round_trip() {
        for field in RateField::ALL {
            assert_eq!(
                RateField::by_snapshot_name(field.snapshot_name()),
                Some(field)
            );
            assert_eq!(
                RateField::by_lite_llm_name(field.lite_llm_name()),
                Some(field)
            );
        }
        assert_eq!(RateField::by_snapshot_name("input_cost_per_token"), None);
        assert_eq!(
            RateField::by_lite_llm_name("cache_creation_input_token_cost_above_1hr"),
            Some(RateField::CacheWrite1h)
        );
    }
}
