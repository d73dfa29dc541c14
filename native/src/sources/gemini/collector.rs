//! One session file's messages, whichever of the two shapes it has (mirrors Java
//! `source.gemini.SessionCollector` and `source.gemini.SessionFile`).
//!
//! The collector counts records, keeps the valid usage records, and at the end drops the earlier
//! copies of a message id that the file writes more than once: JSONL sessions rewrite a message
//! each time it grows, and the last copy that carries tokens and a model is the complete one.

use super::message_fields::MessageFields;
use super::usage::Usage;
use crate::fast_hash::FastHashMap;
use crate::model::UsageMessage;
use crate::timestamps;

/// What one session file yields before the cross-file merge: its usage messages in file order,
/// already deduplicated within the file, and its counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionFile {
    /// The session id the file itself states, or `None` (then its messages are not
    /// deduplicated against other files).
    pub session_id: Option<String>,
    /// The usage messages kept, in the order of the copies that were kept.
    pub kept: Vec<Kept>,
    /// Records handed to the JSON reader.
    pub records_parsed: u64,
    /// Records that are not a JSON object, and usage records that break a rule (clamped
    /// subtractions are counted at the merge, on the copy kept).
    pub malformed: u64,
    /// Earlier copies of a message id that the file writes again.
    pub duplicates: u64,
}

/// A usage message that survived the file's own dedup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub message_id: Option<String>,
    pub message: UsageMessage,
    /// True when input − cached was clamped at 0.
    pub clamped: bool,
}

#[derive(Debug, Default)]
pub struct SessionCollector {
    usages: Vec<Usage>,
    records_parsed: u64,
    malformed: u64,
}

impl SessionCollector {
    /// A record was handed to the JSON reader.
    pub fn record_parsed(&mut self) {
        self.records_parsed += 1;
    }

    /// A record was not valid JSON, or not an object.
    pub fn malformed_record(&mut self) {
        self.malformed += 1;
    }

    /// One message. Only usage records are kept; a usage record with a count that is not a token
    /// count, or without an RFC 3339 timestamp, is malformed and skipped.
    pub fn message(&mut self, fields: &MessageFields) {
        if !fields.is_usage() {
            return;
        }
        let (tokens, model) = match (fields.tokens, &fields.model) {
            (Some(tokens), Some(model)) => (tokens, model),
            _ => return,
        };
        let timestamp_ms = match fields.timestamp.as_deref().map(timestamps::parse_rfc3339) {
            Some(Ok(ms)) if tokens.valid() => ms,
            _ => {
                self.malformed += 1;
                return;
            }
        };
        self.usages.push(Usage {
            message_id: fields.id.as_deref().map(str::to_string),
            model: model.to_string(),
            timestamp_ms,
            tokens,
        });
    }

    /// The file's result. `session_id` is what the file states (`None` when it states none);
    /// messages then carry `fallback_session_id`, the file name without its extension.
    pub fn finish(self, session_id: Option<String>, fallback_session_id: &str) -> SessionFile {
        let message_session = session_id.as_deref().unwrap_or(fallback_session_id);
        let mut last_copy: FastHashMap<&str, usize> = FastHashMap::default();
        for (i, usage) in self.usages.iter().enumerate() {
            if let Some(id) = &usage.message_id {
                last_copy.insert(id, i);
            }
        }
        let mut kept = Vec::with_capacity(self.usages.len());
        let mut duplicates = 0;
        for (i, usage) in self.usages.iter().enumerate() {
            if let Some(id) = &usage.message_id {
                if last_copy[id.as_str()] != i {
                    duplicates += 1;
                    continue;
                }
            }
            kept.push(Kept {
                message_id: usage.message_id.clone(),
                message: usage.to_message(message_session),
                clamped: usage.clamped(),
            });
        }
        SessionFile {
            session_id,
            kept,
            records_parsed: self.records_parsed,
            malformed: self.malformed,
            duplicates,
        }
    }
}
