//! OpenCode (SPEC §2–§3; mirrors Java `source.opencode.OpenCodeParser` and `OpenCodeStore.read`):
//! assistant messages from the JSON message files (`storage/message/**/*.json`, OpenCode ≤ 1.1)
//! and from the SQLite store (`opencode.db`, newer versions), mapped to the five buckets and
//! deduplicated by message id across both. Rules: `docs/sources/opencode.md`.
//!
//! Files, in one list in record order: every `*.json` at any depth under
//! `<data>/storage/message/`, and each store Java handed over ([`Locations::opencode_stores`]),
//! which sorts by its full path like any file. A JSON file is one record; the store is one record
//! per row. Both go through the same reader and rules ([`message_record`]). A store Java could
//! not read is one unreadable file, as in Java, where reading it throws.

mod dedup;
mod message_json;
mod message_record;
mod usage_mapping;

pub use message_record::ParsedFile;

use crate::discovery::{self, DiscoveredFile};
use crate::model::{Source, SourceResult, SourceStats};
use crate::small_file;
use crate::sources::{Locations, SourceParser};
use crate::store::Store;
use message_record::RowColumns;
use std::io;

/// The OpenCode parser, holding the store rows Java read (this library has no SQLite).
pub struct OpenCodeParser {
    stores: Vec<Store>,
}

impl OpenCodeParser {
    pub fn new(locations: &Locations) -> OpenCodeParser {
        OpenCodeParser {
            stores: locations.opencode_stores.clone(),
        }
    }

    /// The store discovered at this path, if the file is one (JSON files are named `*.json`,
    /// stores `opencode.db`, so the two never share a path).
    fn store_at(&self, file: &DiscoveredFile) -> Option<&Store> {
        self.stores.iter().find(|store| store.path == file.path)
    }
}

impl SourceParser for OpenCodeParser {
    type File = ParsedFile;

    fn source(&self) -> Source {
        Source::OpenCode
    }

    fn discover(&self, locations: &Locations) -> io::Result<Vec<DiscoveredFile>> {
        let message_root = locations.opencode_data.join("storage").join("message");
        // Thousands of small files, one per message: their sizes would cost a stat each.
        let mut files = discovery::find_with(
            &[message_root],
            usize::MAX,
            discovery::name_ends_with(".json"),
            discovery::Sizes::Skipped,
        )?;
        for store in &self.stores {
            // The size only balances the work across threads.
            let size = store
                .rows
                .iter()
                .map(|row| row.data.as_ref().map_or(0, |data| data.len() as u64) + 1)
                .sum();
            files.push(DiscoveredFile::new(store.path.clone(), size));
        }
        files.sort_by(DiscoveredFile::record_order);
        Ok(files)
    }

    fn parse_file(&self, file: &DiscoveredFile) -> io::Result<ParsedFile> {
        match self.store_at(file) {
            Some(store) => read_store(store),
            None => small_file::with_bytes(&file.path, |bytes| {
                let mut parsed = ParsedFile::new(false);
                message_record::read(bytes, RowColumns::NONE, &mut parsed);
                parsed
            }),
        }
    }

    fn merge(&self, _: &[DiscoveredFile], parsed: Vec<Option<ParsedFile>>) -> SourceResult {
        let mut stats = SourceStats::empty(Source::OpenCode);
        let mut candidates = Vec::new();
        for file in parsed {
            let file = match file {
                Some(file) => file,
                None => {
                    stats.files_unreadable += 1;
                    continue;
                }
            };
            stats.files_read += 1;
            stats.records_parsed += file.records();
            stats.malformed += file.malformed();
            candidates.extend(file.into_candidates());
        }
        let count = candidates.len() as u64;
        let messages = dedup::keep(candidates);
        stats.messages = messages.len() as u64;
        stats.duplicates = count - stats.messages;
        SourceResult { messages, stats }
    }
}

/// Parses the store's rows as records (Java `OpenCodeStore.read`); an unreadable store is an
/// error, which the merge counts as an unreadable file.
fn read_store(store: &Store) -> io::Result<ParsedFile> {
    if !store.readable {
        return Err(io::Error::new(
            io::ErrorKind::Other,
            format!("cannot read the OpenCode store {}", store.path.display()),
        ));
    }
    let mut parsed = ParsedFile::new(true);
    for row in &store.rows {
        match &row.data {
            None => message_record::not_json(&mut parsed),
            Some(data) => {
                let columns = RowColumns {
                    id: row.id.as_deref(),
                    session_id: row.session_id.as_deref(),
                    time_created_ms: row.time_created,
                };
                message_record::read(data, columns, &mut parsed);
            }
        }
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests;
