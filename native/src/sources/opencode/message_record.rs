//! The rules for one record, the same for a JSON message file and a store row: read it, decide
//! whether it is usage, check it, map it, and count what happened (SPEC §2, "What counts";
//! mirrors Java `MessageRecord`, `RowColumns` and `ParsedFile`).

use super::dedup::Candidate;
use super::message_json;
use super::usage_mapping;

/// What a record's surroundings say about it: the columns of a store row, which hold the id and
/// session id that the row's JSON leaves out. A JSON message file has none ([`RowColumns::NONE`]).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct RowColumns<'r> {
    /// The `id` column when it is text.
    pub id: Option<&'r str>,
    /// The `session_id` column when it is text.
    pub session_id: Option<&'r str>,
    /// The `time_created` column when it is a non-negative integer.
    pub time_created_ms: Option<i64>,
}

impl RowColumns<'_> {
    pub const NONE: RowColumns<'static> = RowColumns {
        id: None,
        session_id: None,
        time_created_ms: None,
    };
}

/// What one file gave: a JSON message file (one record) or the store (one record per row).
#[derive(Debug, Default)]
pub struct ParsedFile {
    store: bool,
    records: u64,
    malformed: u64,
    /// Usage records in the order of the file (rowid order for the store).
    candidates: Vec<Candidate>,
}

impl ParsedFile {
    pub(super) fn new(store: bool) -> ParsedFile {
        ParsedFile {
            store,
            ..ParsedFile::default()
        }
    }

    pub(super) fn records(&self) -> u64 {
        self.records
    }

    pub(super) fn malformed(&self) -> u64 {
        self.malformed
    }

    pub(super) fn into_candidates(self) -> Vec<Candidate> {
        self.candidates
    }

    #[cfg(test)]
    pub(super) fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }
}

/// Reads one record (a whole JSON file, or a row's `data`) into `into`.
pub(super) fn read(record: &[u8], columns: RowColumns, into: &mut ParsedFile) {
    into.records += 1;
    let fields = match message_json::read(record) {
        Ok(fields) => fields,
        Err(_) => {
            into.malformed += 1;
            return;
        }
    };
    if !fields.is_usage() {
        return;
    }
    let tokens = fields.tokens.as_ref().and_then(|t| t.valid());
    let timestamp_ms = fields.created_ms.or(columns.time_created_ms);
    let (tokens, timestamp_ms) = match (tokens, timestamp_ms) {
        (Some(tokens), Some(timestamp_ms)) => (tokens, timestamp_ms),
        _ => {
            into.malformed += 1;
            return;
        }
    };
    // The store keeps id and session id in columns; its JSON normally has neither.
    let id = columns.id.or(fields.id.as_deref());
    let session_id = columns.session_id.or(fields.session_id.as_deref());
    let mapped = usage_mapping::map(&fields, tokens, session_id, timestamp_ms);
    if mapped.clamped {
        into.malformed += 1;
    }
    into.candidates.push(Candidate {
        id: id.map(str::to_string),
        from_store: into.store,
        message: mapped.message,
    });
}

/// A record that is not JSON text at all (a store row whose `data` is neither text nor a blob).
pub(super) fn not_json(into: &mut ParsedFile) {
    into.records += 1;
    into.malformed += 1;
}
