//! Reads one transcript file into a [`ClaudeFile`] (mirrors Java `source.claude.ClaudeFileReader`
//! and `source.claude.ClaudeFile`).
//!
//! Only lines containing the bytes `"usage"` are parsed: the marker is part of the contract (the
//! Java engine skips the same lines), and every other line, corrupt or not, is neither parsed nor
//! counted.

use super::line;
use super::mapping;
use super::records::Records;
use crate::jsonl::JsonlFile;
use std::io;
use std::path::Path;

/// The pre-filter: a line without these bytes cannot hold `message.usage`.
pub const USAGE_MARKER: &[u8] = b"\"usage\"";

const JSONL: JsonlFile = JsonlFile::new(&[USAGE_MARKER], false);

/// What one transcript file yields before the merge.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClaudeFile {
    /// Its usage records, in line order.
    pub usages: Records,
    /// Lines that passed the `"usage"` pre-filter and were parsed.
    pub records_parsed: u64,
    /// Lines that were not valid JSON objects, usage records that broke a rule, and usage records
    /// whose 1-hour cache writes were clamped.
    pub malformed: u64,
}

/// Reads one file; an error means the file is counted as unreadable.
pub fn read(path: &Path) -> io::Result<ClaudeFile> {
    let fallback_session = session_from_file_name(path);
    let mut file = ClaudeFile::default();
    JSONL.scan(path, |record, _| file.add_line(record, &fallback_session))?;
    file.usages.shrink_to_fit();
    Ok(file)
}

impl ClaudeFile {
    fn add_line(&mut self, record: &[u8], fallback_session: &str) {
        self.records_parsed += 1;
        let line = match line::read(record) {
            Ok(line) => line,
            Err(_) => {
                self.malformed += 1;
                return;
            }
        };
        match mapping::map(&line, fallback_session) {
            Err(_) => self.malformed += 1,
            Ok(None) => {}
            Ok(Some(usage)) => {
                if usage.cache_write_clamped {
                    self.malformed += 1;
                }
                self.usages.push(&usage);
            }
        }
    }
}

/// `<session>.jsonl` → `<session>`: the session of lines that do not name one.
pub fn session_from_file_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    match name.strip_suffix(".jsonl") {
        Some(session) => session.to_string(),
        None => name,
    }
}
