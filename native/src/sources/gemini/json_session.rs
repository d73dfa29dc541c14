//! A `session-*.json` file (mirrors Java `source.gemini.JsonSession`): one JSON document,
//! `{"sessionId", "projectHash", "startTime", "lastUpdated", "messages": […]}`.
//!
//! The whole file is one record: if it is not a valid JSON object, the file is one malformed
//! record and yields nothing, which is why every message is read before any is used. Within a
//! valid file the usage rules apply per message, so one bad message does not cost the others.

use super::collector::{SessionCollector, SessionFile};
use super::message_fields::{optional_string, MessageFields};
use crate::json::{JsonReader, Kind, Malformed};
use std::borrow::Cow;
use std::fs;
use std::io;
use std::path::Path;

/// Reads one JSON session; an error only when the file cannot be read.
pub fn read(file: &Path, fallback_session_id: &str) -> io::Result<SessionFile> {
    let bytes = fs::read(file)?;
    Ok(parse(&bytes, fallback_session_id))
}

/// The session in a document's bytes.
pub fn parse(bytes: &[u8], fallback_session_id: &str) -> SessionFile {
    let mut collector = SessionCollector::default();
    // An empty file is still a record (a whole JSON file is one), and not JSON: malformed. It is
    // most likely a session cut off while being written, which the user should hear of.
    collector.record_parsed();
    let document = match read_document(bytes) {
        Ok(document) => document,
        Err(_) => {
            collector.malformed_record();
            return collector.finish(None, fallback_session_id);
        }
    };
    for message in &document.messages {
        collector.message(message);
    }
    collector.finish(
        document.session_id.map(Cow::into_owned),
        fallback_session_id,
    )
}

/// The members of the document that matter.
struct Document<'a> {
    session_id: Option<Cow<'a, str>>,
    messages: Vec<MessageFields<'a>>,
}

fn read_document(bytes: &[u8]) -> Result<Document<'_>, Malformed> {
    let mut reader = JsonReader::new(bytes);
    if reader.peek()? != Kind::Object {
        return Err(Malformed::new("session file is not an object"));
    }
    let mut document = Document {
        session_id: None,
        messages: Vec::new(),
    };
    reader.begin_object()?;
    while reader.next_member()? {
        if reader.name_is("sessionId") {
            document.session_id = optional_string(&mut reader)?;
        } else if reader.name_is("messages") {
            document.messages = read_messages(&mut reader)?;
        } else {
            reader.skip_value()?;
        }
    }
    reader.end_record()?;
    Ok(document)
}

/// The usage candidates of a `messages` array; not an array = no messages. Elements that are
/// not objects are skipped, and so are messages that are not usage: the collector would ignore
/// them anyway, so they need not be held until the document is known to be valid.
fn read_messages<'a>(reader: &mut JsonReader<'a>) -> Result<Vec<MessageFields<'a>>, Malformed> {
    if reader.peek()? != Kind::Array {
        reader.skip_value()?;
        return Ok(Vec::new());
    }
    let mut messages = Vec::new();
    reader.begin_array()?;
    while reader.next_element()? {
        if reader.peek()? == Kind::Object {
            let message = MessageFields::read(reader)?;
            if message.is_usage() {
                messages.push(message);
            }
        } else {
            reader.skip_value()?;
        }
    }
    Ok(messages)
}
