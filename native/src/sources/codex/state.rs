//! The sequential state machine that reads one rollout file (mirrors Java `codex.RolloutState`
//! and `codex.CodexFileResult`; SPEC §3, Codex). Fed the lines that passed the marker filter, in
//! file order; all state belongs to the one file.
//!
//! * `session_meta`: the first one names the session (`payload.id`) and says whether the file is
//!   a review sub-agent's rollout (`payload.source.subagent == "review"`); later ones (history
//!   copied by a fork) change nothing.
//! * `turn_context`: `payload.model`, when a non-empty string, becomes the model of the following
//!   events.
//! * `event_msg` `entered_review_mode` / `exited_review_mode`: open / close a review window, in
//!   which a parent file's usage events are the review sub-agent's calls mirrored — not counted
//!   (duplicates), baseline untouched. Ignored in a review file.
//! * `event_msg` `token_count` with an `info` object: a usage record (see
//!   [`RolloutState::token_count`]). A null or absent `info` (rate-limit-only event) is not usage.
//!
//! A malformed record is counted and changes no state.

use super::baseline::TotalBaseline;
use super::event::UsageEvent;
use super::line::{self, Payload, RolloutLine};
use super::usage::CodexBuckets;
use crate::json::Malformed;
use crate::model::{CostRule, Interner, Source, Text, UsageMessage, NO_REPORTED_COST};

const PROVIDER: &str = "openai";

/// What one rollout file yielded: its messages in file order and its record counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodexFileResult {
    pub messages: Vec<UsageMessage>,
    pub records_parsed: u64,
    pub malformed: u64,
    pub duplicates: u64,
}

/// A usage message before the file's session id is known (it is the whole file's, and may come
/// after the usage lines).
struct Draft {
    model: String,
    timestamp_ms: i64,
    buckets: CodexBuckets,
}

#[derive(Default)]
pub struct RolloutState {
    totals: TotalBaseline,
    drafts: Vec<Draft>,
    session_meta_seen: bool,
    session_id: Option<String>,
    review_file: bool,
    in_review_window: bool,
    current_model: Option<String>,
    records_parsed: u64,
    malformed: u64,
    duplicates: u64,
}

impl RolloutState {
    pub fn new() -> RolloutState {
        RolloutState::default()
    }

    /// One line that passed the marker filter.
    pub fn record(&mut self, line: &[u8]) {
        self.records_parsed += 1;
        let applied = line::read(line).and_then(|line| self.apply(&line));
        if applied.is_err() {
            self.malformed += 1;
        }
    }

    /// The file's result. The session id is the first `session_meta`'s `payload.id`, else
    /// `fallback_session_id` (the file name without `.jsonl`).
    pub fn finish(self, fallback_session_id: &str) -> CodexFileResult {
        let mut texts = Interner::default();
        let session = texts.get(self.session_id.as_deref().unwrap_or(fallback_session_id));
        let provider = texts.get(PROVIDER);
        let messages = self
            .drafts
            .into_iter()
            .map(|draft| UsageMessage {
                source: Source::Codex,
                model_id: texts.get(&draft.model),
                provider_id: Text::clone(&provider),
                session_id: Text::clone(&session),
                timestamp_ms: draft.timestamp_ms,
                input: draft.buckets.input,
                output: draft.buckets.output,
                cache_read: draft.buckets.cache_read,
                cache_write: 0,
                cache_write_1h: 0,
                reasoning: draft.buckets.reasoning,
                reported_cost_picos: NO_REPORTED_COST,
                cost_rule: CostRule::ReportedFirst,
            })
            .collect();
        CodexFileResult {
            messages,
            records_parsed: self.records_parsed,
            malformed: self.malformed,
            duplicates: self.duplicates,
        }
    }

    fn apply(&mut self, line: &RolloutLine<'_>) -> Result<(), Malformed> {
        match line.kind.as_deref() {
            Some("session_meta") => self.session_meta(&line.payload),
            Some("turn_context") => {
                if let Some(model) = line.payload.model.as_deref().filter(|m| !m.is_empty()) {
                    self.current_model = Some(model.to_string());
                }
            }
            Some("event_msg") => return self.event(line),
            _ => {}
        }
        Ok(())
    }

    fn session_meta(&mut self, payload: &Payload<'_>) {
        if self.session_meta_seen {
            return;
        }
        self.session_meta_seen = true;
        self.session_id = payload.id.as_deref().map(str::to_string);
        self.review_file = payload.subagent.as_deref() == Some("review");
    }

    fn event(&mut self, line: &RolloutLine<'_>) -> Result<(), Malformed> {
        match (line.payload.kind.as_deref(), &line.payload.info) {
            (Some("entered_review_mode"), _) => self.in_review_window = true,
            (Some("exited_review_mode"), _) => self.in_review_window = false,
            (Some("token_count"), Some(info)) => {
                let event = UsageEvent::of(line.timestamp.as_deref(), info)?;
                self.token_count(&event);
            }
            _ => {}
        }
        Ok(())
    }

    /// A valid usage event. Inside a parent's review window it is a mirror of the sub-agent's
    /// call: a duplicate. With a total, [`TotalBaseline`] decides (a repeat is a duplicate);
    /// without one, `last_token_usage` is the usage and the baseline stays.
    fn token_count(&mut self, event: &UsageEvent<'_>) {
        if self.in_review_window && !self.review_file {
            self.duplicates += 1;
            return;
        }
        let usage = match event.total {
            Some(total) => self.totals.advance(total, event.last),
            None => event.last,
        };
        let usage = match usage {
            Some(usage) => usage,
            None => {
                self.duplicates += 1;
                return;
            }
        };
        let buckets = CodexBuckets::of(&usage);
        if buckets.clamped {
            self.malformed += 1;
        }
        let model = event.model(self.current_model.as_deref()).to_string();
        self.drafts.push(Draft {
            model,
            timestamp_ms: event.timestamp_ms,
            buckets,
        });
    }
}

#[cfg(test)]
mod tests;
