//! OpenAI Codex CLI (mirrors Java `source.codex.CodexParser`; SPEC §2–§3, `docs/sources/codex.md`):
//! rollout files under `$CODEX_HOME/sessions` and `$CODEX_HOME/archived_sessions`, one JSON
//! envelope per line.
//!
//! Codex logs usage as running totals: each `event_msg/token_count` carries the session's
//! `total_token_usage` so far (and the last call's `last_token_usage`). A file is read by one
//! sequential state machine ([`state`]) that turns the totals into per-event usage
//! ([`baseline`]): repeats of a total are dropped, growth is taken as a difference, a counter
//! that went down (a resumed or forked session) falls back to the last call's usage. Parent
//! files skip the events they log while a review sub-agent runs, because the sub-agent's own
//! rollout counts them.
//!
//! Every rule is per file, so files parse independently and `merge` only concatenates; the one
//! cross-file rule (a session archived under the same file name is read once, from `sessions/`)
//! is applied at discovery.

mod baseline;
mod event;
mod line;
mod state;
mod usage;

use crate::discovery::{self, DiscoveredFile};
use crate::fast_hash::FastHashSet;
use crate::jsonl::JsonlFile;
use crate::model::{Source, SourceResult, SourceStats};
use crate::sources::{Locations, SourceParser};
use state::{CodexFileResult, RolloutState};
use std::ffi::OsStr;
use std::io;
use std::path::Path;

/// Only lines containing one of these are parsed (the same as Java's `CodexParser.MARKERS`).
/// Every line a rule reads names its type in one of them; the `response_item` lines, which make
/// up most of a rollout, do not.
const MARKERS: &[&[u8]] = &[
    b"\"token_count\"",
    b"\"turn_context\"",
    b"\"session_meta\"",
    b"\"entered_review_mode\"",
    b"\"exited_review_mode\"",
];

const ROLLOUT: JsonlFile<'static> = JsonlFile::new(MARKERS, false);
const SUFFIX: &str = ".jsonl";

/// The Codex CLI source: every `*.jsonl` rollout under `sessions/` and `archived_sessions/`,
/// each read on its own by a [`RolloutState`].
pub struct CodexParser;

impl SourceParser for CodexParser {
    type File = CodexFileResult;

    fn source(&self) -> Source {
        Source::Codex
    }

    /// Rollouts in record order. A file under `archived_sessions/` whose file name is also the
    /// name of a file under `sessions/` is the same session archived and is skipped: it is read
    /// once, from `sessions/`. Legacy single-`.json` rollouts carry no token data and are not
    /// discovered.
    fn discover(&self, locations: &Locations) -> io::Result<Vec<DiscoveredFile>> {
        let roots = &locations.codex_roots;
        let all = discovery::find(roots, usize::MAX, discovery::name_ends_with(SUFFIX))?;
        // Discovered files carry their root's real path; a missing root has none.
        let sessions = roots
            .first()
            .and_then(|root| discovery::real_path(root).ok());
        let is_session = |file: &DiscoveredFile| {
            sessions
                .as_ref()
                .map_or(false, |root| file.path.starts_with(root))
        };
        let session_names: FastHashSet<&OsStr> = all
            .iter()
            .filter(|file| is_session(file))
            .filter_map(|file| file.path.file_name())
            .collect();
        let kept = all
            .iter()
            .filter(|file| {
                is_session(file)
                    || !file
                        .path
                        .file_name()
                        .map_or(false, |name| session_names.contains(name))
            })
            .cloned()
            .collect();
        Ok(kept)
    }

    fn parse_file(&self, file: &DiscoveredFile) -> io::Result<CodexFileResult> {
        let mut state = RolloutState::new();
        ROLLOUT.scan(&file.path, |line, _| state.record(line))?;
        Ok(state.finish(&session_of_file_name(&file.path)))
    }

    fn merge(&self, _: &[DiscoveredFile], parsed: Vec<Option<CodexFileResult>>) -> SourceResult {
        let total = parsed.iter().flatten().map(|r| r.messages.len()).sum();
        let mut messages = Vec::with_capacity(total);
        let mut stats = SourceStats::empty(Source::Codex);
        for result in parsed {
            let result = match result {
                Some(result) => result,
                None => {
                    stats.files_unreadable += 1;
                    continue;
                }
            };
            stats.files_read += 1;
            stats.records_parsed += result.records_parsed;
            stats.malformed += result.malformed;
            stats.duplicates += result.duplicates;
            messages.extend(result.messages);
        }
        stats.messages = messages.len() as u64;
        SourceResult { messages, stats }
    }
}

/// The session id of a rollout without `session_meta`: its file name without `.jsonl`.
fn session_of_file_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy())
        .unwrap_or_default();
    name.strip_suffix(SUFFIX).unwrap_or(&name).to_string()
}

#[cfg(test)]
mod tests;
