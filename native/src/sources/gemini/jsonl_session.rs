//! A `session-*.jsonl` file (mirrors Java `source.gemini.JsonlSession`): a header line
//! `{"sessionId", "projectHash", "startTime", "lastUpdated", "kind"}`, then one message per line
//! and `{"$set": …}` metadata patches.
//!
//! Only the first non-blank line (the header) and lines containing `"tokens"` are parsed: every
//! usage message has that member name, so no usage is lost, and the user turns, tool results and
//! patches that make up most of a file are never parsed. The marker is part of the contract with
//! the Java engine. Patches and the header have no `type`, so they are never usage.

use super::collector::{SessionCollector, SessionFile};
use super::message_fields::MessageFields;
use crate::jsonl::JsonlFile;
use std::io;
use std::path::Path;

const LINES: JsonlFile<'static> = JsonlFile::new(&[b"\"tokens\""], true);

/// Reads one JSONL session; an error only when the file cannot be read.
pub fn read(file: &Path, fallback_session_id: &str) -> io::Result<SessionFile> {
    let mut collector = SessionCollector::default();
    let mut first_line = true;
    let mut session_id = None;
    LINES.scan(file, |line, _offset| {
        let first = first_line;
        first_line = false;
        collector.record_parsed();
        let fields = match MessageFields::read_record(line) {
            Ok(fields) => fields,
            Err(_) => {
                collector.malformed_record();
                return;
            }
        };
        if first && fields.is_header() {
            session_id = fields.session_id.map(|id| id.into_owned());
            return;
        }
        collector.message(&fields);
    })?;
    Ok(collector.finish(session_id, fallback_session_id))
}
