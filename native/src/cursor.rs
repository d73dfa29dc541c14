//! Cursor's usage exports, read from the cache folder in phase 2 (mirrors Java
//! `cursor.CursorCsvReader` and `cursor.CursorCsvResult`; SPEC §6). Login and sync exist only in
//! Java (the shell owns the network); this is the reading side.
//!
//! Every `*.csv` directly inside the folder (not in subfolders) is read, in record order, through
//! [`file`]: a strict RFC 4180 record reader ([`record_reader`]), header-by-name column mapping
//! across the four export generations ([`columns`]), one message per data row
//! ([`row_mapping`]). A missing folder is simply empty.
//!
//! **Overlapping exports.** Dashboard exports cover overlapping periods, so one event can sit in
//! several files, possibly exported in different header generations; but one file can also hold
//! two identical rows that are two real events (same millisecond, same model, same tokens). So
//! within a file every row counts, and across files an event — identified by its instant, model
//! and total tokens, the three facts every generation records the same way — counts as many
//! times as it occurs in the file that holds it most often. Files are taken by rank
//! ([`columns::CursorColumns::rank`]: the generation that says most about a row first), then in
//! record order; a row is emitted only while the number emitted so far for its identity is below
//! its count in the current file, and is a duplicate otherwise. The maps of counts are only ever
//! looked up, never iterated, so output order is the emission order.

pub mod columns;
pub mod file;
pub mod java_io;
pub mod provider;
mod record_grammar;
pub mod record_reader;
pub mod row_mapping;

use crate::discovery;
use crate::fast_hash::FastHashMap;
use crate::model::{Source, SourceStats, Text, UsageMessage};
use std::path::Path;

/// Everything read from the Cursor cache folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CursorCsvResult {
    /// One per counted row, in emission order (files by rank, then in record order; rows in file
    /// order; copies of an event already emitted not repeated).
    pub messages: Vec<UsageMessage>,
    /// Counts as for a local source: files read and unreadable (a CSV that is not an export
    /// counts as unreadable), data rows read, malformed, duplicate, messages.
    pub stats: SourceStats,
    /// One line per file that was skipped or had malformed rows, in record order.
    pub warnings: Vec<String>,
}

/// Reads every export in the Cursor cache folder.
pub fn read(dir: &Path) -> CursorCsvResult {
    let files = match discovery::find(&[dir], 1, discovery::name_ends_with(".csv")) {
        Ok(files) => files,
        Err(e) => {
            // Only listing the folder itself can fail here (depth 1); Java names its real path.
            let listed = discovery::real_path(dir).unwrap_or_else(|_| dir.to_path_buf());
            return CursorCsvResult {
                messages: Vec::new(),
                stats: SourceStats::empty(Source::Cursor),
                warnings: vec![format!(
                    "could not list the Cursor cache {}: {}",
                    dir.display(),
                    java_io::listing_failure_message(&e, &listed)
                )],
            };
        }
    };
    let mut merge = Merge::new();
    for found in &files {
        merge.add(&found.path);
    }
    merge.result()
}

/// The state carried from file to file.
struct Merge {
    exports: Vec<file::Content>,
    stats: SourceStats,
    warnings: Vec<String>,
}

impl Merge {
    fn new() -> Merge {
        Merge {
            exports: Vec::new(),
            stats: SourceStats::empty(Source::Cursor),
            warnings: Vec::new(),
        }
    }

    /// Reads one file (in record order, so warnings come in record order).
    fn add(&mut self, path: &Path) {
        let content = match file::read(path) {
            Ok(Some(content)) => content,
            Ok(None) => {
                self.stats.files_unreadable += 1;
                self.warnings.push(format!(
                    "skipped {}: not a Cursor usage export (its first row is not a header with Date and Model)",
                    path.display()
                ));
                return;
            }
            Err(failure) => {
                self.stats.files_unreadable += 1;
                self.warnings.push(format!(
                    "skipped {}: could not read it ({})",
                    path.display(),
                    failure.java_text(path)
                ));
                return;
            }
        };
        self.stats.files_read += 1;
        self.stats.records_parsed += content.records_parsed;
        self.stats.malformed += content.malformed;
        if content.malformed > 0 {
            self.warnings.push(format!(
                "{}: skipped {} malformed row(s), the first at line {}",
                path.display(),
                content.malformed,
                content.first_malformed_line
            ));
        }
        self.exports.push(content);
    }

    fn result(mut self) -> CursorCsvResult {
        // A stable sort: within one rank, files stay in record order.
        self.exports.sort_by_key(|export| export.rank);
        let mut emitted = Emitted::default();
        let mut exports = self.exports.into_iter();
        // Nothing is emitted before the first file, so all its rows count (each row's copies so
        // far are fewer than the file holds); its counts are only needed when more files follow.
        let mut messages = match exports.next() {
            Some(first) => first.rows,
            None => Vec::new(),
        };
        if !exports.as_slice().is_empty() {
            emitted.count(&messages);
        }
        for export in exports {
            let keep = emitted.emit(&export.rows);
            for (message, kept) in export.rows.into_iter().zip(keep) {
                if kept {
                    messages.push(message);
                } else {
                    self.stats.duplicates += 1;
                }
            }
        }
        self.stats.messages = messages.len() as u64;
        CursorCsvResult {
            messages,
            stats: self.stats,
            warnings: self.warnings,
        }
    }
}

/// How many copies of each event were emitted so far, by (instant, model, total tokens); the
/// model is the row's shared [`Text`], so a key costs no allocation.
#[derive(Default)]
struct Emitted(FastHashMap<(i64, Text, i64), u64>);

/// A row's identity within one file.
fn identity(message: &UsageMessage) -> (i64, &str, i64) {
    (
        message.timestamp_ms,
        message.model_id.as_str(),
        message.total_tokens(),
    )
}

impl Emitted {
    /// Records the rows of the first file as emitted, all of them: what [`Emitted::emit`] would
    /// do with no copies emitted before, without its per-file count.
    fn count(&mut self, rows: &[UsageMessage]) {
        self.0.reserve(rows.len());
        for row in rows {
            let key = (row.timestamp_ms, row.model_id.clone(), row.total_tokens());
            *self.0.entry(key).or_insert(0) += 1;
        }
    }

    /// Which rows of one file to emit: each row while the copies emitted so far of its event are
    /// fewer than the file holds; the others are copies already emitted from earlier files.
    fn emit(&mut self, rows: &[UsageMessage]) -> Vec<bool> {
        // Each row's event, numbered in order of first appearance, and how many rows hold it.
        let mut event_of: FastHashMap<(i64, &str, i64), usize> = FastHashMap::default();
        event_of.reserve(rows.len());
        let mut in_this_file: Vec<u64> = Vec::new();
        let mut events = Vec::with_capacity(rows.len());
        for row in rows {
            let next = in_this_file.len();
            let event = *event_of.entry(identity(row)).or_insert(next);
            if event == next {
                in_this_file.push(0);
            }
            in_this_file[event] += 1;
            events.push(event);
        }
        self.0.reserve(in_this_file.len());
        rows.iter()
            .zip(events)
            .map(|(row, event)| {
                let key = (row.timestamp_ms, row.model_id.clone(), row.total_tokens());
                let sofar = self.0.entry(key).or_insert(0);
                if *sofar < in_this_file[event] {
                    *sofar += 1;
                    true
                } else {
                    false
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
