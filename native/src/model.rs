//! The unified message and the per-source counts (mirrors Java `model.Source`, `model.CostRule`,
//! `model.UsageMessage`, `model.TokenMath`, `source.SourceStats` and `source.SourceResult`).
//!
//! Token counts are `i64` like Java's `long`: every count is 0..2^63-1 (the JSON reader rejects
//! anything else), and sums saturate at 2^63-1, which for non-negative counts gives the same
//! result in any order — what keeps totals independent of thread and summation order.

mod text;

pub use text::{Interner, Text};

/// The assistants whose usage the tool reads (SPEC §1). Declaration order is the display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    Claude,
    Codex,
    Gemini,
    OpenCode,
    Cursor,
}

impl Source {
    /// Every source, in declaration (display) order.
    pub const ALL: [Source; 5] = [
        Source::Claude,
        Source::Codex,
        Source::Gemini,
        Source::OpenCode,
        Source::Cursor,
    ];

    /// The source id used in flags, JSON and golden files.
    pub fn id(self) -> &'static str {
        match self {
            Source::Claude => "claude",
            Source::Codex => "codex",
            Source::Gemini => "gemini",
            Source::OpenCode => "opencode",
            Source::Cursor => "cursor",
        }
    }

    /// The name shown in tables.
    pub fn label(self) -> &'static str {
        match self {
            Source::Claude => "Claude",
            Source::Codex => "Codex",
            Source::Gemini => "Gemini",
            Source::OpenCode => "OpenCode",
            Source::Cursor => "Cursor",
        }
    }

    /// True for the four sources read from disk in phase 1 (Cursor comes from its CSV in phase 2).
    pub fn is_local(self) -> bool {
        self != Source::Cursor
    }

    /// The source with this id, in any letter case (Java lower-cases it first); `None` when
    /// there is none.
    pub fn from_id(id: &str) -> Option<Source> {
        let lower = id.to_lowercase();
        Source::ALL.iter().copied().find(|s| s.id() == lower)
    }
}

/// How a message's cost is chosen in each cost mode (SPEC §5 cost modes, §6 Cursor).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CostRule {
    /// Local sources: `auto` takes the reported cost when there is one, else calculates;
    /// `calculate` always calculates; `display` takes the reported cost or 0.
    ReportedFirst,
    /// Cursor rows: `auto` calculates when the model resolves to a price, else takes the CSV
    /// cost; `calculate` and `display` as for local sources.
    PricedFirst,
    /// Cursor rows whose kind says they were not charged: cost 0 in every mode.
    NotCharged,
    /// Cursor rows whose token split is unknown (the single `Tokens` column of 2025-08): the CSV
    /// cost in every mode, 0 when that cell is not a number.
    ReportedOnly,
}

impl CostRule {
    /// The Java constant's name, as dumps print it.
    pub fn name(self) -> &'static str {
        match self {
            CostRule::ReportedFirst => "REPORTED_FIRST",
            CostRule::PricedFirst => "PRICED_FIRST",
            CostRule::NotCharged => "NOT_CHARGED",
            CostRule::ReportedOnly => "REPORTED_ONLY",
        }
    }
}

/// `reported_cost_picos` of a message whose source recorded no cost.
pub const NO_REPORTED_COST: i64 = -1;

/// One priced-to-be API call, the unified message of SPEC §3. The five token buckets are
/// disjoint: total = input + output + cache_read + cache_write + reasoning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageMessage {
    /// Where it was read.
    pub source: Source,
    /// The model as the source names it (`unknown` when it does not).
    pub model_id: Text,
    /// `anthropic`, `openai`, … (OpenCode and Cursor say or imply it).
    pub provider_id: Text,
    /// The session the call belongs to, or empty when the source has none.
    pub session_id: Text,
    /// Unix milliseconds, UTC.
    pub timestamp_ms: i64,
    pub input: i64,
    pub output: i64,
    pub cache_read: i64,
    pub cache_write: i64,
    /// The part of `cache_write` written with a one-hour lifetime (Claude).
    pub cache_write_1h: i64,
    pub reasoning: i64,
    /// The cost the source itself recorded, in picodollars, or [`NO_REPORTED_COST`].
    pub reported_cost_picos: i64,
    /// How the cost is chosen per cost mode ([`CostRule::ReportedFirst`] for every local source).
    pub cost_rule: CostRule,
}

impl UsageMessage {
    pub fn has_reported_cost(&self) -> bool {
        self.reported_cost_picos != NO_REPORTED_COST
    }

    /// All tokens of the call, saturating at 2^63-1.
    pub fn total_tokens(&self) -> i64 {
        saturating_sum(&[
            self.input,
            self.output,
            self.cache_read,
            self.cache_write,
            self.reasoning,
        ])
    }

    /// The prompt side of the call, which decides the long-context price tier (SPEC §5).
    pub fn prompt_tokens(&self) -> i64 {
        saturating_sum(&[self.input, self.cache_read, self.cache_write])
    }
}

/// Java `TokenMath.saturatingAdd`: the sum of two non-negative counts, or 2^63-1 when it
/// overflows.
pub fn saturating_add(a: i64, b: i64) -> i64 {
    let sum = a.wrapping_add(b);
    if sum < 0 {
        i64::MAX
    } else {
        sum
    }
}

/// Java `TokenMath.saturatingSum`.
pub fn saturating_sum(values: &[i64]) -> i64 {
    values.iter().fold(0, |sum, &v| saturating_add(sum, v))
}

/// What reading one source did, for `--verbose` and the golden files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceStats {
    pub source: Source,
    /// Files parsed.
    pub files_read: u64,
    /// Files that could not be read (skipped, counted, warned about).
    pub files_unreadable: u64,
    /// Records that passed the pre-filter and were parsed.
    pub records_parsed: u64,
    /// Records skipped as malformed (SPEC §2), plus clamped subtractions.
    pub malformed: u64,
    /// Usage records dropped as copies of another (dedup, replays, repeats).
    pub duplicates: u64,
    /// Messages produced.
    pub messages: u64,
}

impl SourceStats {
    pub fn empty(source: Source) -> SourceStats {
        SourceStats {
            source,
            files_read: 0,
            files_unreadable: 0,
            records_parsed: 0,
            malformed: 0,
            duplicates: 0,
            messages: 0,
        }
    }

    /// The field-wise sum; keeps this source.
    pub fn plus(&self, other: &SourceStats) -> SourceStats {
        SourceStats {
            source: self.source,
            files_read: self.files_read + other.files_read,
            files_unreadable: self.files_unreadable + other.files_unreadable,
            records_parsed: self.records_parsed + other.records_parsed,
            malformed: self.malformed + other.malformed,
            duplicates: self.duplicates + other.duplicates,
            messages: self.messages + other.messages,
        }
    }
}

/// One source's messages, in record order, and the counts of how they were read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceResult {
    pub messages: Vec<UsageMessage>,
    pub stats: SourceStats,
}

impl SourceResult {
    /// No messages, zero counts.
    pub fn empty(source: Source) -> SourceResult {
        SourceResult {
            messages: Vec::new(),
            stats: SourceStats::empty(source),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(
        input: i64,
        output: i64,
        cache_read: i64,
        cache_write: i64,
        reasoning: i64,
    ) -> UsageMessage {
        UsageMessage {
            source: Source::Claude,
            model_id: "m".into(),
            provider_id: "anthropic".into(),
            session_id: "".into(),
            timestamp_ms: 0,
            input,
            output,
            cache_read,
            cache_write,
            cache_write_1h: 0,
            reasoning,
            reported_cost_picos: NO_REPORTED_COST,
            cost_rule: CostRule::ReportedFirst,
        }
    }

    #[test]
    fn sources_keep_the_java_ids_and_order() {
        let ids: Vec<_> = Source::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(ids, ["claude", "codex", "gemini", "opencode", "cursor"]);
        assert_eq!(Source::from_id("OpenCode"), Some(Source::OpenCode));
        assert_eq!(Source::from_id("cursor"), Some(Source::Cursor));
        assert_eq!(Source::from_id("copilot"), None);
        assert!(Source::Gemini.is_local() && !Source::Cursor.is_local());
        assert!(Source::Claude < Source::Codex && Source::OpenCode < Source::Cursor);
    }

    #[test]
    fn cost_rules_print_their_java_names() {
        assert_eq!(CostRule::ReportedFirst.name(), "REPORTED_FIRST");
        assert_eq!(CostRule::PricedFirst.name(), "PRICED_FIRST");
        assert_eq!(CostRule::NotCharged.name(), "NOT_CHARGED");
        assert_eq!(CostRule::ReportedOnly.name(), "REPORTED_ONLY");
    }

    #[test]
    fn totals_saturate_at_the_largest_count() {
        assert_eq!(message(1, 2, 3, 4, 5).total_tokens(), 15);
        assert_eq!(message(1, 2, 3, 4, 5).prompt_tokens(), 8);
        assert_eq!(message(i64::MAX, 1, 0, 0, 0).total_tokens(), i64::MAX);
        assert_eq!(
            message(i64::MAX, 0, i64::MAX, i64::MAX, 0).prompt_tokens(),
            i64::MAX
        );
        assert_eq!(saturating_add(i64::MAX - 1, 1), i64::MAX);
    }

    #[test]
    fn reported_cost_is_absent_only_for_the_marker() {
        let mut m = message(0, 0, 0, 0, 0);
        assert!(!m.has_reported_cost());
        m.reported_cost_picos = 0;
        assert!(m.has_reported_cost());
    }

    #[test]
    fn stats_add_field_by_field() {
        let a = SourceStats {
            files_read: 1,
            files_unreadable: 2,
            records_parsed: 3,
            malformed: 4,
            duplicates: 5,
            messages: 6,
            ..SourceStats::empty(Source::Codex)
        };
        let sum = a.plus(&a);
        assert_eq!(sum.source, Source::Codex);
        assert_eq!(
            [
                sum.files_read,
                sum.files_unreadable,
                sum.records_parsed,
                sum.malformed,
                sum.duplicates,
                sum.messages
            ],
            [2, 4, 6, 8, 10, 12]
        );
    }
}
