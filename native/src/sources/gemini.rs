//! Gemini CLI (SPEC §2–§3; mirrors Java `source.gemini.GeminiParser`): the session recordings
//! `<gemini tmp>/<project>/chats/session-*.json` and `session-*.jsonl`.
//!
//! Two file shapes hold the same messages. A `.json` file is one JSON document (one record) with
//! a `messages` array ([`json_session`]); a `.jsonl` file is an append log: a header line with
//! the `sessionId`, one message per line, `{"$set": …}` metadata patches, and the same message id
//! written again each time the message grows ([`jsonl_session`]). Both feed one
//! [`collector::SessionCollector`], which keeps the usage messages (`type == "gemini"` with
//! `tokens` and `model`) and drops the earlier copies of a rewritten id; [`merge`] then counts
//! each (session id, message id) once across files, because one session can be recorded under
//! two project folders. The rules are written down for users in `docs/sources/gemini.md`.

pub mod collector;
pub mod json_session;
pub mod jsonl_session;
pub mod merge;
pub mod message_fields;
pub mod tokens;
pub mod usage;

#[cfg(test)]
mod tests;

use super::{Locations, SourceParser};
use crate::discovery::{self, DiscoveredFile};
use crate::model::{Source, SourceResult};
use collector::SessionFile;
use std::io;
use std::path::{Component, Path};

const JSON: &str = ".json";
const JSONL: &str = ".jsonl";

/// The Gemini CLI parser (Java `GeminiParser`).
pub struct GeminiParser;

impl SourceParser for GeminiParser {
    type File = SessionFile;

    fn source(&self) -> Source {
        Source::Gemini
    }

    fn discover(&self, locations: &Locations) -> io::Result<Vec<DiscoveredFile>> {
        discovery::find(&[&locations.gemini_tmp], 3, is_session_file)
    }

    fn parse_file(&self, file: &DiscoveredFile) -> io::Result<SessionFile> {
        let name = file_name(&file.path);
        if let Some(stem) = name.strip_suffix(JSONL) {
            return jsonl_session::read(&file.path, stem);
        }
        json_session::read(&file.path, name.strip_suffix(JSON).unwrap_or(&name))
    }

    fn merge(&self, _: &[DiscoveredFile], parsed: Vec<Option<SessionFile>>) -> SourceResult {
        merge::merge(parsed)
    }
}

/// Exactly `<project>/chats/session-*.json[l]` below `tmp`: other layouts (files elsewhere,
/// deeper folders, files not named `session-*`) are not session recordings.
pub fn is_session_file(relative: &Path) -> bool {
    let parts: Vec<Component> = relative.components().collect();
    if parts.len() != 3 || parts[1].as_os_str() != "chats" {
        return false;
    }
    let name = file_name(relative);
    name.starts_with("session-") && (name.ends_with(JSON) || name.ends_with(JSONL))
}

/// The file name as text (Java decodes names as UTF-8; names here are ASCII in practice).
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}
