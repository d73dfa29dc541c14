//! Reads one OpenCode message JSON — a whole message file, or the `data` column of a store row —
//! into [`MessageFields`] (mirrors Java `MessageJson` and `MessageFields`).
//!
//! The whole record is always read, so a syntax error anywhere makes it malformed; the field
//! rules (which values are usable) are applied here, and whether the record is usage is decided
//! by the caller. A repeated member replaces the earlier one entirely: a second `tokens` or
//! `time` object starts from nothing, a second `cache` resets both cache counts.

use crate::json::{number, JsonReader, Kind, Malformed};
use std::borrow::Cow;

/// A token count as read: usable, or a value that makes a usage record malformed (anything but
/// an integer from 0 to 2^63-1 or null). Invalid is not an error at once, because whether the
/// record is usage is known only once all of it has been read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Count {
    Valid(i64),
    Invalid,
}

/// The members of `tokens`. Missing or null counts are 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TokenCounts {
    pub input: Count,
    pub output: Count,
    pub reasoning: Count,
    pub cache_read: Count,
    pub cache_write: Count,
    /// `tokens.total`; `None` when missing or null (a null total says nothing).
    pub total: Option<Count>,
}

impl Default for TokenCounts {
    fn default() -> TokenCounts {
        TokenCounts {
            input: Count::Valid(0),
            output: Count::Valid(0),
            reasoning: Count::Valid(0),
            cache_read: Count::Valid(0),
            cache_write: Count::Valid(0),
            total: None,
        }
    }
}

/// The usable token counts of a usage record: none invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ValidCounts {
    pub input: i64,
    pub output: i64,
    pub reasoning: i64,
    pub cache_read: i64,
    pub cache_write: i64,
    pub total: Option<i64>,
}

impl TokenCounts {
    /// The counts, or `None` when one of them is invalid (the usage record is malformed).
    pub fn valid(&self) -> Option<ValidCounts> {
        let value = |count: Count| match count {
            Count::Valid(v) => Some(v),
            Count::Invalid => None,
        };
        Some(ValidCounts {
            input: value(self.input)?,
            output: value(self.output)?,
            reasoning: value(self.reasoning)?,
            cache_read: value(self.cache_read)?,
            cache_write: value(self.cache_write)?,
            total: match self.total {
                None => None,
                Some(total) => Some(value(total)?),
            },
        })
    }
}

/// The members of one message that the parser reads. A string member whose JSON type is not a
/// string is absent; strings borrow from the record unless they hold escapes.
#[derive(Debug, Default)]
pub(super) struct MessageFields<'a> {
    pub id: Option<Cow<'a, str>>,
    pub session_id: Option<Cow<'a, str>>,
    /// `role` is exactly the string `assistant` (the last `role` member decides).
    pub role_is_assistant: bool,
    pub model_id: Option<Cow<'a, str>>,
    pub provider_id: Option<Cow<'a, str>>,
    /// The literal text of `cost` when it is a JSON number.
    pub cost_text: Option<&'a str>,
    /// `tokens` when it is an object.
    pub tokens: Option<TokenCounts>,
    /// `time.created` in Unix ms, when usable (a number, ≥ 0, in range; a fraction truncated).
    pub created_ms: Option<i64>,
}

impl MessageFields<'_> {
    /// `role == "assistant"`, `tokens` an object and `modelID` a string (SPEC §3).
    pub fn is_usage(&self) -> bool {
        self.role_is_assistant && self.tokens.is_some() && self.model_id.is_some()
    }
}

/// Reads one record; `Err` when its bytes are not one JSON object.
pub(super) fn read(record: &[u8]) -> Result<MessageFields<'_>, Malformed> {
    let mut reader = JsonReader::new(record);
    let mut fields = MessageFields::default();
    reader.begin_object()?;
    while reader.next_member()? {
        if reader.name_is("id") {
            fields.id = string_or_none(&mut reader)?;
        } else if reader.name_is("sessionID") {
            fields.session_id = string_or_none(&mut reader)?;
        } else if reader.name_is("role") {
            fields.role_is_assistant =
                string_or_none(&mut reader)?.map_or(false, |role| role == "assistant");
        } else if reader.name_is("modelID") {
            fields.model_id = string_or_none(&mut reader)?;
        } else if reader.name_is("providerID") {
            fields.provider_id = string_or_none(&mut reader)?;
        } else if reader.name_is("cost") {
            fields.cost_text = number_text_or_none(&mut reader)?;
        } else if reader.name_is("tokens") {
            fields.tokens = tokens_or_none(&mut reader)?;
        } else if reader.name_is("time") {
            fields.created_ms = created(&mut reader)?;
        } else {
            reader.skip_value()?;
        }
    }
    reader.end_record()?;
    Ok(fields)
}

fn tokens_or_none(reader: &mut JsonReader) -> Result<Option<TokenCounts>, Malformed> {
    if reader.peek()? != Kind::Object {
        reader.skip_value()?;
        return Ok(None);
    }
    let mut tokens = TokenCounts::default();
    reader.begin_object()?;
    while reader.next_member()? {
        if reader.name_is("input") {
            tokens.input = count(reader)?;
        } else if reader.name_is("output") {
            tokens.output = count(reader)?;
        } else if reader.name_is("reasoning") {
            tokens.reasoning = count(reader)?;
        } else if reader.name_is("total") {
            tokens.total = total(reader)?;
        } else if reader.name_is("cache") {
            read_cache(reader, &mut tokens)?;
        } else {
            reader.skip_value()?;
        }
    }
    Ok(Some(tokens))
}

/// Reads `tokens.cache`; a repeated or non-object `cache` resets both counts.
fn read_cache(reader: &mut JsonReader, tokens: &mut TokenCounts) -> Result<(), Malformed> {
    tokens.cache_read = Count::Valid(0);
    tokens.cache_write = Count::Valid(0);
    if reader.peek()? != Kind::Object {
        return reader.skip_value();
    }
    reader.begin_object()?;
    while reader.next_member()? {
        if reader.name_is("read") {
            tokens.cache_read = count(reader)?;
        } else if reader.name_is("write") {
            tokens.cache_write = count(reader)?;
        } else {
            reader.skip_value()?;
        }
    }
    Ok(())
}

/// A token count: an integer from 0 to 2^63-1, null (= 0), or invalid.
fn count(reader: &mut JsonReader) -> Result<Count, Malformed> {
    match reader.peek()? {
        Kind::Null => {
            reader.read_null()?;
            Ok(Count::Valid(0))
        }
        Kind::Number => {
            let text = reader.read_number_text()?;
            Ok(number::non_negative_integer_text(text).map_or(Count::Invalid, Count::Valid))
        }
        _ => {
            reader.skip_value()?;
            Ok(Count::Invalid)
        }
    }
}

/// `tokens.total`: as a count, except that null says nothing, like a missing total.
fn total(reader: &mut JsonReader) -> Result<Option<Count>, Malformed> {
    if reader.peek()? == Kind::Null {
        reader.read_null()?;
        return Ok(None);
    }
    count(reader).map(Some)
}

/// `time.created` in Unix ms: a JSON number, possibly with a fraction (truncated). Any other
/// value, or a number out of range, is `None`; the caller decides what a missing time means
/// (malformed for a JSON file, the row's column in the store).
fn created(reader: &mut JsonReader) -> Result<Option<i64>, Malformed> {
    if reader.peek()? != Kind::Object {
        reader.skip_value()?;
        return Ok(None);
    }
    let mut created = None;
    reader.begin_object()?;
    while reader.next_member()? {
        if reader.name_is("created") {
            created = millis_or_none(reader)?;
        } else {
            reader.skip_value()?;
        }
    }
    Ok(created)
}

fn millis_or_none(reader: &mut JsonReader) -> Result<Option<i64>, Malformed> {
    if reader.peek()? != Kind::Number {
        reader.skip_value()?;
        return Ok(None);
    }
    let text = reader.read_number_text()?;
    Ok(number::truncated_millis(text).ok())
}

fn string_or_none<'a>(reader: &mut JsonReader<'a>) -> Result<Option<Cow<'a, str>>, Malformed> {
    if reader.peek()? != Kind::String {
        reader.skip_value()?;
        return Ok(None);
    }
    reader.read_str().map(Some)
}

fn number_text_or_none<'a>(reader: &mut JsonReader<'a>) -> Result<Option<&'a str>, Malformed> {
    if reader.peek()? != Kind::Number {
        reader.skip_value()?;
        return Ok(None);
    }
    reader.read_number_text().map(Some)
}
