//! Reads one export file: its header row, then every data row as a message or as malformed
//! (mirrors Java `cursor.CursorCsvFile`). Cross-file rules (overlapping exports) are not applied
//! here; see the parent module.

use super::columns::{self, CursorColumns};
use super::java_io::ReadFailure;
use super::record_reader::{CsvRecord, CsvRecordReader};
use super::row_mapping;
use crate::model::UsageMessage;
use std::fs::File;
use std::path::Path;

/// The rows of one export, in file order.
#[derive(Debug)]
pub struct Content {
    /// How much the export's columns say about a row, 0 = most ([`CursorColumns::rank`]); the
    /// copy of an event kept across exports comes from the lowest rank.
    pub rank: u8,
    /// One message per well-formed data row.
    pub rows: Vec<UsageMessage>,
    /// Data records read (not the header, not blank lines).
    pub records_parsed: u64,
    /// Data records skipped as malformed.
    pub malformed: u64,
    /// The line on which the first malformed record starts, 0 if none.
    pub first_malformed_line: u64,
}

/// The file's rows, or `None` when it is not a Cursor export (its first record is not a
/// well-formed header with a `Date` and a `Model` column). A file with no record at all (empty,
/// or blank lines only) is an export with no rows: nothing in it is lost.
pub fn read(file: &Path) -> Result<Option<Content>, ReadFailure> {
    let input = File::open(file).map_err(ReadFailure::Open)?;
    let mut reader = CsvRecordReader::new(input);
    let mut record = CsvRecord::default();
    if !reader.next_into(&mut record).map_err(ReadFailure::Read)? {
        return Ok(Some(Content {
            rank: columns::EMPTY_FILE_RANK,
            rows: Vec::new(),
            records_parsed: 0,
            malformed: 0,
            first_malformed_line: 0,
        }));
    }
    let columns = if record.well_formed() {
        CursorColumns::of(&record)
    } else {
        None
    };
    match columns {
        Some(columns) => read_rows(&mut reader, &mut record, &columns).map(Some),
        None => Ok(None),
    }
}

fn read_rows(
    reader: &mut CsvRecordReader<File>,
    record: &mut CsvRecord,
    columns: &CursorColumns,
) -> Result<Content, ReadFailure> {
    let mut content = Content {
        rank: columns.rank(),
        rows: Vec::new(),
        records_parsed: 0,
        malformed: 0,
        first_malformed_line: 0,
    };
    let mut texts = row_mapping::RowTexts::default();
    while reader.next_into(record).map_err(ReadFailure::Read)? {
        content.records_parsed += 1;
        let message = if record.well_formed() {
            row_mapping::to_message(record, columns, &mut texts).ok()
        } else {
            None
        };
        match message {
            Some(message) => content.rows.push(message),
            None => {
                content.malformed += 1;
                if content.first_malformed_line == 0 {
                    content.first_malformed_line = record.line();
                }
            }
        }
    }
    Ok(content)
}
