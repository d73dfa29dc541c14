//! The members of one message object that the source needs (mirrors Java
//! `source.gemini.MessageFields`); everything else is validated and skipped. A member of an
//! unexpected JSON type is `None` here (absent), and a repeated member name replaces what the
//! earlier one set.
//!
//! Strings borrow from the record's bytes when they have no escape, so reading a message that
//! turns out not to be usage allocates nothing.

use super::tokens::Tokens;
use crate::json::{JsonReader, Kind, Malformed};
use std::borrow::Cow;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageFields<'a> {
    /// `id`, the message id (the dedup key within a session).
    pub id: Option<Cow<'a, str>>,
    /// `type`: `user`, `gemini`, `info`, `error`, …
    pub kind: Option<Cow<'a, str>>,
    pub model: Option<Cow<'a, str>>,
    /// `timestamp`, as written (parsed only for usage records).
    pub timestamp: Option<Cow<'a, str>>,
    /// `sessionId`: only a JSONL header carries it.
    pub session_id: Option<Cow<'a, str>>,
    /// `tokens`, or `None` when absent or not an object.
    pub tokens: Option<Tokens>,
}

impl<'a> MessageFields<'a> {
    /// A message that carries usage: a model turn with token counts and a model.
    pub fn is_usage(&self) -> bool {
        self.kind.as_deref() == Some("gemini") && self.tokens.is_some() && self.model.is_some()
    }

    /// The first line of a JSONL session: it names the session and is not a message.
    pub fn is_header(&self) -> bool {
        self.session_id.is_some() && self.kind.is_none()
    }

    /// Reads one whole record (a JSONL line) that must be a single object.
    pub fn read_record(record: &'a [u8]) -> Result<MessageFields<'a>, Malformed> {
        let mut reader = JsonReader::new(record);
        if reader.peek()? != Kind::Object {
            return Err(Malformed::new("record is not an object"));
        }
        let fields = MessageFields::read(&mut reader)?;
        reader.end_record()?;
        Ok(fields)
    }

    /// Reads the object the reader is positioned at.
    pub fn read(reader: &mut JsonReader<'a>) -> Result<MessageFields<'a>, Malformed> {
        let mut fields = MessageFields::default();
        reader.begin_object()?;
        while reader.next_member()? {
            if reader.name_is("id") {
                fields.id = optional_string(reader)?;
            } else if reader.name_is("type") {
                fields.kind = optional_string(reader)?;
            } else if reader.name_is("model") {
                fields.model = optional_string(reader)?;
            } else if reader.name_is("timestamp") {
                fields.timestamp = optional_string(reader)?;
            } else if reader.name_is("sessionId") {
                fields.session_id = optional_string(reader)?;
            } else if reader.name_is("tokens") {
                fields.tokens = Tokens::read(reader)?;
            } else {
                reader.skip_value()?;
            }
        }
        Ok(fields)
    }
}

/// A string member's value, or `None` (after skipping it) when the value is not a string.
pub fn optional_string<'a>(reader: &mut JsonReader<'a>) -> Result<Option<Cow<'a, str>>, Malformed> {
    if reader.peek()? == Kind::String {
        return reader.read_str().map(Some);
    }
    reader.skip_value()?;
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> MessageFields<'_> {
        MessageFields::read_record(line.as_bytes()).unwrap()
    }

    #[test]
    fn a_model_turn_with_tokens_and_model_is_usage() {
        let fields = read(concat!(
            r#"{"id":"m1","timestamp":"2026-04-24T23:17:49.407Z","type":"gemini","content":"hi","#,
            r#""thoughts":[{"subject":"s","timestamp":"2000-01-01T00:00:00Z"}],"#,
            r#""tokens":{"input":1},"model":"gemini-2.5-pro"}"#
        ));
        assert!(fields.is_usage());
        assert_eq!(fields.id.as_deref(), Some("m1"));
        assert_eq!(
            fields.timestamp.as_deref(),
            Some("2026-04-24T23:17:49.407Z")
        );
        assert_eq!(fields.model.as_deref(), Some("gemini-2.5-pro"));
    }

    #[test]
    fn a_model_of_another_json_type_is_absent() {
        assert!(!read(r#"{"type":"gemini","tokens":{},"model":7}"#).is_usage());
    }

    #[test]
    fn other_message_types_are_not_usage() {
        assert!(!read(r#"{"type":"user","tokens":{},"model":"m"}"#).is_usage());
        assert!(!read(r#"{"type":"Gemini","tokens":{},"model":"m"}"#).is_usage());
    }

    #[test]
    fn escaped_names_and_values_are_decoded() {
        let fields = read(r#"{"ty\u0070e":"gem\u0069ni","tokens":{},"model":"m\"1"}"#);
        assert!(fields.is_usage());
        assert_eq!(fields.model.as_deref(), Some("m\"1"));
    }

    #[test]
    fn a_repeated_tokens_member_replaces_the_earlier_one_entirely() {
        let fields = read(r#"{"type":"gemini","model":"m","tokens":{"input":5},"tokens":null}"#);
        assert_eq!(fields.tokens, None);
        assert!(!fields.is_usage());
    }

    #[test]
    fn a_header_has_a_session_id_and_no_type() {
        assert!(read(r#"{"sessionId":"s","projectHash":"h","kind":"main"}"#).is_header());
        assert!(!read(r#"{"sessionId":"s","type":"user"}"#).is_header());
        assert!(!read(r#"{"sessionId":null,"kind":"main"}"#).is_header());
    }

    #[test]
    fn a_record_that_is_not_an_object_is_malformed() {
        assert!(MessageFields::read_record(br#"["tokens"]"#).is_err());
    }

    #[test]
    fn invalid_json_in_a_skipped_member_is_malformed() {
        assert!(MessageFields::read_record(br#"{"content":"\ud800","tokens":{}}"#).is_err());
        assert!(MessageFields::read_record(br#"{"tokens":{}} x"#).is_err());
    }
}
