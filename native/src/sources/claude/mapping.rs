//! SPEC §3 for Claude: decides whether a line is a usage record and maps it to a message
//! (mirrors Java `source.claude.UsageMapping` and `source.claude.ClaudeUsage`).
//!
//! Two shapes carry usage: an assistant line (`type == "assistant"`, `message.usage`) and a
//! sub-agent turn embedded in a progress record (`type == "progress"`,
//! `data.type == "agent_progress"`, the sub-agent's own line at `data.message`).

use super::line::{Message, TranscriptLine, Usage};
use crate::json::Malformed;
use crate::model::{
    saturating_sum, CostRule, Interner, Source, Text, UsageMessage, NO_REPORTED_COST,
};
use crate::money;
use crate::timestamps;

pub const SYNTHETIC_MODEL: &str = "<synthetic>";
pub const UNKNOWN_MODEL: &str = "unknown";
pub const DEFAULT_PROVIDER: &str = "anthropic";

/// One usage record of a line, borrowed from it: what the message will hold and the facts
/// deduplication needs. [`super::records`] stores it compactly until the merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaudeUsage<'l> {
    /// The model as written (`unknown` when the line names none); the provider derives from it.
    pub model: &'l str,
    pub session_id: &'l str,
    /// `message.id`, or `None`: such a record is never deduplicated.
    pub message_id: Option<&'l str>,
    /// `requestId`, or `None`: part of the dedup key as "none".
    pub request_id: Option<&'l str>,
    pub timestamp_ms: i64,
    /// The token buckets, `cache_write_1h` already clamped to `cache_write`.
    pub tokens: Usage,
    pub reported_cost_picos: i64,
    /// A sub-agent line (`isSidechain: true`, or embedded in a progress record); dropped when the
    /// same `message.id` has a main-chain copy.
    pub sidechain: bool,
    /// The 1-hour cache writes exceeded the cache writes and were clamped; the record is counted
    /// once as malformed.
    pub cache_write_clamped: bool,
}

impl ClaudeUsage<'_> {
    /// The message of a kept record, its texts shared through `texts`.
    pub fn to_message(&self, texts: &mut MessageTexts) -> UsageMessage {
        let t = &self.tokens;
        let (model_id, provider_id) = texts.model(self.model);
        UsageMessage {
            source: Source::Claude,
            model_id,
            provider_id,
            session_id: texts.session(self.session_id),
            timestamp_ms: self.timestamp_ms,
            input: t.input,
            output: t.output,
            cache_read: t.cache_read,
            cache_write: t.cache_write,
            cache_write_1h: t.cache_write_1h,
            reasoning: 0,
            reported_cost_picos: self.reported_cost_picos,
            cost_rule: CostRule::ReportedFirst,
        }
    }

    /// All tokens, saturating (what deduplication compares), as [`UsageMessage::total_tokens`].
    pub fn total_tokens(&self) -> i64 {
        let t = &self.tokens;
        saturating_sum(&[t.input, t.output, t.cache_read, t.cache_write])
    }
}

/// The shared texts of the messages: an [`Interner`] behind the last model (with its provider)
/// and the last session, which consecutive records nearly always repeat — a comparison costs
/// less than hashing the value again.
#[derive(Default)]
pub struct MessageTexts {
    interner: Interner,
    model: Option<(Text, Text)>,
    session: Option<Text>,
}

impl MessageTexts {
    /// The shared copies of `model` and of its provider.
    fn model(&mut self, model: &str) -> (Text, Text) {
        if let Some((m, p)) = &self.model {
            if m.as_str() == model {
                return (m.clone(), p.clone());
            }
        }
        let texts = (
            self.interner.get(model),
            self.interner.get(provider_of(model)),
        );
        self.model = Some(texts.clone());
        texts
    }

    /// The shared copy of `session`.
    fn session(&mut self, session: &str) -> Text {
        match &self.session {
            Some(s) if s.as_str() == session => s.clone(),
            _ => {
                let text = self.interner.get(session);
                self.session = Some(text.clone());
                text
            }
        }
    }
}

/// The usage of a line, `Ok(None)` when it is not a usage record (or is a `<synthetic>` error
/// record, which is dropped without being counted), malformed when a token field or the
/// timestamp breaks the rules. `fallback_session` is the session of lines that name none: the
/// file name without `.jsonl`.
pub fn map<'l>(
    line: &'l TranscriptLine,
    fallback_session: &'l str,
) -> Result<Option<ClaudeUsage<'l>>, Malformed> {
    let turn = &line.turn;
    match turn.kind.as_deref() {
        Some("assistant") => map_response(
            line,
            turn.message.as_ref(),
            turn.request_id.as_deref(),
            turn.timestamp.as_deref(),
            turn.sidechain,
            fallback_session,
        ),
        Some("progress") if line.data_type.as_deref() == Some("agent_progress") => {
            let embedded = match &line.data_message {
                Some(embedded) => embedded,
                None => return Ok(None),
            };
            let timestamp = embedded.timestamp.as_deref().or(turn.timestamp.as_deref());
            map_response(
                line,
                embedded.message.as_ref(),
                embedded.request_id.as_deref(),
                timestamp,
                true,
                fallback_session,
            )
        }
        _ => Ok(None),
    }
}

/// Maps one API response. `line` is the outer line: it gives the session id and the reported
/// cost in both shapes.
fn map_response<'l>(
    line: &'l TranscriptLine,
    message: Option<&'l Message>,
    request_id: Option<&'l str>,
    timestamp: Option<&str>,
    sidechain: bool,
    fallback_session: &'l str,
) -> Result<Option<ClaudeUsage<'l>>, Malformed> {
    let (message, usage) = match message {
        Some(message) => match &message.usage {
            Some(usage) => (message, usage),
            None => return Ok(None),
        },
        None => return Ok(None),
    };
    // Local error records ("API Error: …", all-zero usage) are not model calls.
    let model = message.model.as_deref();
    if model == Some(SYNTHETIC_MODEL) {
        return Ok(None);
    }
    if usage.any_invalid() {
        return Err(Malformed::new("token field is not an integer 0..2^63-1"));
    }
    let timestamp = match timestamp {
        Some(timestamp) => timestamp,
        None => return Err(Malformed::new("usage record without a timestamp")),
    };
    let timestamp_ms = timestamps::parse_rfc3339(timestamp)?;
    Ok(Some(ClaudeUsage {
        model: model.unwrap_or(UNKNOWN_MODEL),
        session_id: line.turn.session_id.as_deref().unwrap_or(fallback_session),
        message_id: message.id.as_deref(),
        request_id,
        timestamp_ms,
        tokens: Usage {
            cache_write_1h: usage.cache_write_1h.min(usage.cache_write),
            ..*usage
        },
        reported_cost_picos: reported_cost(line.turn.cost_text),
        sidechain,
        cache_write_clamped: usage.cache_write_1h > usage.cache_write,
    }))
}

/// `anthropic`, unless the model id names another back end the way Claude Code writes it when
/// pointed at one (`unsloth/Qwen3-Coder-Next`): the part before the first `/`. An empty prefix
/// (`/x`) names nothing and keeps the default.
pub fn provider_of(model: &str) -> &str {
    match model.find('/') {
        Some(slash) if slash > 0 => &model[..slash],
        _ => DEFAULT_PROVIDER,
    }
}

/// `costUSD` in picodollars; a negative or out-of-range number is no cost at all.
fn reported_cost(cost_text: Option<&str>) -> i64 {
    match cost_text.map(money::to_picos) {
        None | Some(money::NOT_AN_AMOUNT) => NO_REPORTED_COST,
        Some(picos) => picos,
    }
}
