//! The members of one transcript line that the Claude mapping looks at, pulled out of the line
//! while the rest of it is validated (mirrors Java `source.claude.TranscriptLine` and
//! `source.claude.TranscriptLineReader`).
//!
//! The whole line is always consumed: a line that is not strict JSON, or whose top-level value is
//! not an object, is malformed whatever it would have contained. A member whose JSON type is not
//! the expected one counts as absent (`None`); token fields keep [`INVALID`] instead, because for
//! them a wrong type makes the record malformed rather than absent — but only if the record turns
//! out to be a usage record. When a member occurs twice, the later occurrence replaces whatever
//! the earlier one set, nested fields included (as Java's reader does).
//!
//! Strings borrow from the line when they hold no escape, so a line that is not usage costs no
//! allocation.

use crate::json::number;
use crate::json::{JsonReader, Kind, Malformed};
use std::borrow::Cow;

/// A token field that is present but not an integer 0..2^63-1.
pub const INVALID: i64 = -1;

/// One transcript line: the shared shape of a turn, plus the `data` of a progress record.
#[derive(Debug, Default)]
pub struct TranscriptLine<'a> {
    pub turn: Turn<'a>,
    /// `data.type`.
    pub data_type: Option<Cow<'a, str>>,
    /// `data.message`: the sub-agent line embedded in an `agent_progress` record. Its own `data`
    /// is not looked into, so the nesting stays bounded.
    pub data_message: Option<Turn<'a>>,
}

/// The members a top-level line and a line embedded at `data.message` share.
#[derive(Debug, Default)]
pub struct Turn<'a> {
    pub kind: Option<Cow<'a, str>>,
    pub session_id: Option<Cow<'a, str>>,
    /// `isSidechain` is the literal `true` (any other value is a main-chain line).
    pub sidechain: bool,
    pub timestamp: Option<Cow<'a, str>>,
    /// `costUSD` as its number literal, or `None` when absent or not a number.
    pub cost_text: Option<&'a str>,
    pub request_id: Option<Cow<'a, str>>,
    pub message: Option<Message<'a>>,
}

/// `message`: the API response.
#[derive(Debug, Default)]
pub struct Message<'a> {
    pub id: Option<Cow<'a, str>>,
    pub model: Option<Cow<'a, str>>,
    /// `message.usage`, or `None` when absent or not an object.
    pub usage: Option<Usage>,
}

/// `message.usage`: token counts, 0 when missing or null, [`INVALID`] when of another kind.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    pub input: i64,
    pub output: i64,
    pub cache_read: i64,
    pub cache_write: i64,
    /// `cache_creation.ephemeral_1h_input_tokens`.
    pub cache_write_1h: i64,
}

impl Usage {
    pub fn any_invalid(&self) -> bool {
        [
            self.input,
            self.output,
            self.cache_read,
            self.cache_write,
            self.cache_write_1h,
        ]
        .contains(&INVALID)
    }
}

/// Reads one whole record (a JSONL line); malformed unless it is a strict JSON object.
pub fn read(record: &[u8]) -> Result<TranscriptLine<'_>, Malformed> {
    let mut r = JsonReader::new(record);
    if r.peek()? != Kind::Object {
        return Err(Malformed::new("record is not a JSON object"));
    }
    let mut line = TranscriptLine::default();
    r.begin_object()?;
    while r.next_member()? {
        if read_turn_member(&mut r, &mut line.turn)? {
            continue;
        }
        if r.name_is("data") {
            read_data(&mut r, &mut line)?;
        } else {
            r.skip_value()?;
        }
    }
    r.end_record()?;
    Ok(line)
}

/// Reads the current member into `turn` when it is one of the turn's members (true); leaves it
/// unread otherwise (false).
fn read_turn_member<'a>(r: &mut JsonReader<'a>, turn: &mut Turn<'a>) -> Result<bool, Malformed> {
    if r.name_is("type") {
        turn.kind = string_or_absent(r)?;
    } else if r.name_is("sessionId") {
        turn.session_id = string_or_absent(r)?;
    } else if r.name_is("isSidechain") {
        turn.sidechain = r.peek()? == Kind::True;
        r.skip_value()?;
    } else if r.name_is("timestamp") {
        turn.timestamp = string_or_absent(r)?;
    } else if r.name_is("costUSD") {
        turn.cost_text = number_or_absent(r)?;
    } else if r.name_is("requestId") {
        turn.request_id = string_or_absent(r)?;
    } else if r.name_is("message") {
        turn.message = read_message(r)?;
    } else {
        return Ok(false);
    }
    Ok(true)
}

/// An embedded line at `data.message`: the turn's members only; its `data` is skipped.
fn read_embedded<'a>(r: &mut JsonReader<'a>) -> Result<Turn<'a>, Malformed> {
    let mut turn = Turn::default();
    r.begin_object()?;
    while r.next_member()? {
        if !read_turn_member(r, &mut turn)? {
            r.skip_value()?;
        }
    }
    Ok(turn)
}

/// `data` of a progress record: its `type` and the embedded line. Each occurrence of `data`
/// starts afresh.
fn read_data<'a>(r: &mut JsonReader<'a>, line: &mut TranscriptLine<'a>) -> Result<(), Malformed> {
    line.data_type = None;
    line.data_message = None;
    if r.peek()? != Kind::Object {
        return r.skip_value();
    }
    r.begin_object()?;
    while r.next_member()? {
        if r.name_is("type") {
            line.data_type = string_or_absent(r)?;
        } else if r.name_is("message") {
            line.data_message = if r.peek()? == Kind::Object {
                Some(read_embedded(r)?)
            } else {
                skipped(r)?
            };
        } else {
            r.skip_value()?;
        }
    }
    Ok(())
}

fn read_message<'a>(r: &mut JsonReader<'a>) -> Result<Option<Message<'a>>, Malformed> {
    if r.peek()? != Kind::Object {
        return skipped(r);
    }
    let mut message = Message::default();
    r.begin_object()?;
    while r.next_member()? {
        if r.name_is("id") {
            message.id = string_or_absent(r)?;
        } else if r.name_is("model") {
            message.model = string_or_absent(r)?;
        } else if r.name_is("usage") {
            message.usage = if r.peek()? == Kind::Object {
                Some(read_usage(r)?)
            } else {
                skipped(r)?
            };
        } else {
            r.skip_value()?;
        }
    }
    Ok(Some(message))
}

fn read_usage(r: &mut JsonReader) -> Result<Usage, Malformed> {
    let mut usage = Usage::default();
    r.begin_object()?;
    while r.next_member()? {
        if r.name_is("input_tokens") {
            usage.input = token_count(r)?;
        } else if r.name_is("output_tokens") {
            usage.output = token_count(r)?;
        } else if r.name_is("cache_read_input_tokens") {
            usage.cache_read = token_count(r)?;
        } else if r.name_is("cache_creation_input_tokens") {
            usage.cache_write = token_count(r)?;
        } else if r.name_is("cache_creation") {
            usage.cache_write_1h = read_cache_creation(r)?;
        } else {
            r.skip_value()?;
        }
    }
    Ok(usage)
}

/// `usage.cache_creation`: only its 1-hour part is needed; not an object → 0.
fn read_cache_creation(r: &mut JsonReader) -> Result<i64, Malformed> {
    if r.peek()? != Kind::Object {
        r.skip_value()?;
        return Ok(0);
    }
    let mut one_hour = 0;
    r.begin_object()?;
    while r.next_member()? {
        if r.name_is("ephemeral_1h_input_tokens") {
            one_hour = token_count(r)?;
        } else {
            r.skip_value()?;
        }
    }
    Ok(one_hour)
}

/// A token field: an integer 0..2^63-1, or null (= 0); any other value is consumed and gives
/// [`INVALID`]. Only bytes that are not JSON at all make the record malformed here.
fn token_count(r: &mut JsonReader) -> Result<i64, Malformed> {
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

fn string_or_absent<'a>(r: &mut JsonReader<'a>) -> Result<Option<Cow<'a, str>>, Malformed> {
    if r.peek()? == Kind::String {
        return r.read_str().map(Some);
    }
    skipped(r)
}

fn number_or_absent<'a>(r: &mut JsonReader<'a>) -> Result<Option<&'a str>, Malformed> {
    if r.peek()? == Kind::Number {
        return r.read_number_text().map(Some);
    }
    skipped(r)
}

/// Skips a value of an unexpected type, which then counts as absent.
fn skipped<T>(r: &mut JsonReader) -> Result<Option<T>, Malformed> {
    r.skip_value()?;
    Ok(None)
}
