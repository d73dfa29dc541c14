//! Claude Code (SPEC §2–§3; mirrors Java `source.claude.ClaudeParser`): every `*.jsonl` at any
//! depth below the `projects` directories — session files, `<session>/subagents/agent-*.jsonl`
//! and the older `agent-*.jsonl` beside the sessions — read one by one, then deduplicated
//! together.
//!
//! Each file is read on its own ([`file_reader`]): a line is parsed only when it contains
//! `"usage"`, its members are pulled out by [`line`], and [`mapping`] turns an assistant line (or
//! a sub-agent turn embedded in an `agent_progress` record) into a [`mapping::ClaudeUsage`],
//! which [`records`] stores compactly. The merge hands every file's records, in record order, to
//! [`dedup`], which drops sidechain replays and the copies one API response leaves across lines
//! and files. The format and every decision are described in `docs/sources/claude.md`.

pub mod dedup;
pub mod file_reader;
pub mod line;
pub mod mapping;
pub mod records;

#[cfg(test)]
mod tests;

use crate::discovery::{self, DiscoveredFile};
use crate::model::{Source, SourceResult, SourceStats};
use crate::sources::{Locations, SourceParser};
use file_reader::ClaudeFile;
use std::io;

/// The Claude Code parser.
pub struct ClaudeParser;

impl SourceParser for ClaudeParser {
    type File = ClaudeFile;

    fn source(&self) -> Source {
        Source::Claude
    }

    fn discover(&self, locations: &Locations) -> io::Result<Vec<DiscoveredFile>> {
        discovery::find(
            &locations.claude_roots,
            usize::MAX,
            discovery::name_ends_with(".jsonl"),
        )
    }

    fn parse_file(&self, file: &DiscoveredFile) -> io::Result<ClaudeFile> {
        file_reader::read(&file.path)
    }

    fn merge(&self, _: &[DiscoveredFile], parsed: Vec<Option<ClaudeFile>>) -> SourceResult {
        let mut stats = SourceStats::empty(Source::Claude);
        let mut files = Vec::with_capacity(parsed.len());
        for file in parsed {
            let file = match file {
                Some(file) => file,
                None => {
                    stats.files_unreadable += 1;
                    continue;
                }
            };
            stats.files_read += 1;
            stats.records_parsed += file.records_parsed;
            stats.malformed += file.malformed;
            files.push(file.usages);
        }
        let deduped = dedup::apply(files);
        stats.duplicates = deduped.duplicates;
        stats.messages = deduped.messages.len() as u64;
        SourceResult {
            messages: deduped.messages,
            stats,
        }
    }
}
