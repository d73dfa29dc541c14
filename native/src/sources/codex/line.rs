//! Decoding one rollout line into the members the Codex rules look at (mirrors Java
//! `codex.RolloutLineReader`, `codex.RolloutLine` and `codex.TokenCountInfo`).
//!
//! The whole line is validated (strict JSON, SPEC §2); what the rules do not need is skipped
//! without being decoded, and strings without escapes are borrowed from the line. Each object
//! member is read into a fresh value and assigned, so when a name occurs twice the last
//! occurrence replaces the earlier one entirely, nested members included. Token counters are
//! read leniently ([`INVALID`]) for the same reason: an invalid counter that a later duplicate
//! replaces does not make the record malformed. A member of an unexpected JSON type is absent.

use super::usage::{TokenUsage, INVALID};
use crate::json::number;
use crate::json::{JsonReader, Kind, Malformed};
use std::borrow::Cow;

type Text<'a> = Option<Cow<'a, str>>;

/// One rollout line. Every member is `None` when absent or of an unexpected JSON type.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RolloutLine<'a> {
    /// Top-level `type`: `session_meta`, `turn_context`, `event_msg`, …
    pub kind: Text<'a>,
    /// Top-level `timestamp`, unparsed (only usage records require it).
    pub timestamp: Text<'a>,
    /// The `payload` object; all `None` when missing or not an object.
    pub payload: Payload<'a>,
}

/// The payload members read, whatever the line's type: members come in any order, so the reader
/// cannot know the line's type before it meets the payload.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Payload<'a> {
    /// `payload.type` (the event kind of an `event_msg`).
    pub kind: Text<'a>,
    /// `payload.id` (the session id of a `session_meta`).
    pub id: Text<'a>,
    /// `payload.source.subagent` when it is a string (`review`).
    pub subagent: Text<'a>,
    /// `payload.model` (of a `turn_context`).
    pub model: Text<'a>,
    /// `payload.info` when it is an object (of a `token_count`).
    pub info: Option<TokenCountInfo<'a>>,
}

/// The `payload.info` object of a `token_count` event.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TokenCountInfo<'a> {
    /// The model named in the event itself.
    pub model: Text<'a>,
    /// `total_token_usage`, when an object.
    pub total: Option<TokenUsage>,
    /// `last_token_usage`, when an object.
    pub last: Option<TokenUsage>,
}

/// Reads one line; malformed when it is not strict JSON or not an object.
pub fn read(line: &[u8]) -> Result<RolloutLine<'_>, Malformed> {
    let mut r = JsonReader::new(line);
    if r.peek()? != Kind::Object {
        return Err(Malformed::new("record is not an object"));
    }
    let mut out = RolloutLine::default();
    r.begin_object()?;
    while r.next_member()? {
        if r.name_is("type") {
            out.kind = string_or_none(&mut r)?;
        } else if r.name_is("timestamp") {
            out.timestamp = string_or_none(&mut r)?;
        } else if r.name_is("payload") {
            out.payload = match r.peek()? {
                Kind::Object => read_payload(&mut r)?,
                _ => skipped(&mut r)?,
            };
        } else {
            r.skip_value()?;
        }
    }
    r.end_record()?;
    Ok(out)
}

fn read_payload<'a>(r: &mut JsonReader<'a>) -> Result<Payload<'a>, Malformed> {
    let mut payload = Payload::default();
    r.begin_object()?;
    while r.next_member()? {
        if r.name_is("type") {
            payload.kind = string_or_none(r)?;
        } else if r.name_is("id") {
            payload.id = string_or_none(r)?;
        } else if r.name_is("source") {
            payload.subagent = match r.peek()? {
                Kind::Object => read_subagent(r)?,
                _ => skipped(r)?,
            };
        } else if r.name_is("model") {
            payload.model = string_or_none(r)?;
        } else if r.name_is("info") {
            payload.info = match r.peek()? {
                Kind::Object => Some(read_info(r)?),
                _ => skipped(r)?,
            };
        } else {
            r.skip_value()?;
        }
    }
    Ok(payload)
}

/// `payload.source.subagent` when it is a string (`source` may also be the string `"cli"`).
fn read_subagent<'a>(r: &mut JsonReader<'a>) -> Result<Text<'a>, Malformed> {
    let mut subagent = None;
    r.begin_object()?;
    while r.next_member()? {
        if r.name_is("subagent") {
            subagent = string_or_none(r)?;
        } else {
            r.skip_value()?;
        }
    }
    Ok(subagent)
}

fn read_info<'a>(r: &mut JsonReader<'a>) -> Result<TokenCountInfo<'a>, Malformed> {
    let mut info = TokenCountInfo::default();
    r.begin_object()?;
    while r.next_member()? {
        if r.name_is("model") {
            info.model = string_or_none(r)?;
        } else if r.name_is("total_token_usage") {
            info.total = usage_or_none(r)?;
        } else if r.name_is("last_token_usage") {
            info.last = usage_or_none(r)?;
        } else {
            r.skip_value()?;
        }
    }
    Ok(info)
}

fn usage_or_none(r: &mut JsonReader<'_>) -> Result<Option<TokenUsage>, Malformed> {
    if r.peek()? != Kind::Object {
        return skipped(r);
    }
    let mut usage = TokenUsage::ZERO;
    r.begin_object()?;
    while r.next_member()? {
        if r.name_is("input_tokens") {
            usage.input = token_count(r)?;
        } else if r.name_is("cached_input_tokens") {
            usage.cached = token_count(r)?;
        } else if r.name_is("output_tokens") {
            usage.output = token_count(r)?;
        } else if r.name_is("reasoning_output_tokens") {
            usage.reasoning = token_count(r)?;
        } else {
            r.skip_value()?;
        }
    }
    Ok(Some(usage))
}

/// A token counter: null is 0; anything but an integer 0..2^63-1 is [`INVALID`] (a fraction,
/// exponent, sign or overflow waits for the verdict until the record is known to be usage and
/// this occurrence of the member is known to be the last). Broken JSON is still malformed.
fn token_count(r: &mut JsonReader<'_>) -> Result<i64, Malformed> {
    match r.peek()? {
        Kind::Null => {
            r.read_null()?;
            Ok(0)
        }
        Kind::Number => {
            let literal = r.read_number_literal()?;
            Ok(number::non_negative_integer(literal).unwrap_or(INVALID))
        }
        _ => {
            r.skip_value()?;
            Ok(INVALID)
        }
    }
}

/// A string member; another JSON type counts as absent.
fn string_or_none<'a>(r: &mut JsonReader<'a>) -> Result<Text<'a>, Malformed> {
    match r.peek()? {
        Kind::String => r.read_str().map(Some),
        _ => skipped(r),
    }
}

/// Validates and discards a value of an unexpected type, which then stands as absent.
fn skipped<T: Default>(r: &mut JsonReader<'_>) -> Result<T, Malformed> {
    r.skip_value()?;
    Ok(T::default())
}

#[cfg(test)]
mod tests;
