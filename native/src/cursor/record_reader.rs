//! Streams the records of an RFC 4180 CSV file, one at a time, holding only the record being read
//! (mirrors Java `cursor.CsvRecordReader` and `cursor.CsvRecord`).
//!
//! Grammar: fields are separated by `,`; a record ends at `\n` or `\r\n` (outside quotes) or at
//! the end of the file; a field that starts with `"` is quoted, may contain commas and line
//! breaks, and writes a quote as `""`. A UTF-8 byte-order mark at the start of the file is
//! skipped. A blank line (nothing but spaces, tabs and `\r`, unquoted) is not a record, which also
//! covers the empty "line" after a final line break.
//!
//! Strict about validity, forgiving about boundaries, so that one bad record never swallows its
//! neighbours: a quote inside an unquoted field, or text between a closing quote and the next
//! separator, is kept as literal text and the record is marked not well-formed; so is a record
//! with a cell that is not valid UTF-8 (checked cell by cell, as Java decodes each cell). Only a
//! quote left open at the end of the file runs to the end; that last record is then not
//! well-formed either. A lone `\r` is ordinary text.

use super::record_grammar::{decode, is_blank, parse_record, scan_plain, Parsed, Scan};
use std::io::{self, Read};

const BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// One CSV record as read. Reused from record to record, so reading allocates only when a record
/// is longer than any before it. Records are equal when their cells, validity and line are.
#[derive(Debug, Default, Clone)]
pub struct CsvRecord {
    /// The cells' text: the record as written when every cell is a run of it (no `""`, nothing
    /// after a closing quote), so that the record is copied once; otherwise every cell's text,
    /// one after another.
    text: String,
    /// Where each cell starts and ends in `text`.
    cells: Vec<(usize, usize)>,
    /// False when the record breaks RFC 4180 or a cell is not valid UTF-8; the cells are then only
    /// the reader's best effort (invalid bytes replaced) and the record is malformed.
    well_formed: bool,
    /// The 1-based line on which the record starts (for warnings).
    line: u64,
}

impl CsvRecord {
    /// The number of cells (at least 1).
    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// The text of cell `i`: unquoted, unescaped, never trimmed.
    pub fn cell(&self, i: usize) -> &str {
        let (start, end) = self.cells[i];
        &self.text[start..end]
    }

    /// Every cell, in order.
    pub fn cells(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(move |i| self.cell(i))
    }

    pub fn well_formed(&self) -> bool {
        self.well_formed
    }

    pub fn line(&self) -> u64 {
        self.line
    }

    /// A well-formed record of these cells on line 1 (for tests of the cell mapping).
    #[cfg(test)]
    pub fn of(cells: &[&str]) -> CsvRecord {
        let mut record = CsvRecord {
            well_formed: true,
            line: 1,
            ..CsvRecord::default()
        };
        for cell in cells {
            let start = record.text.len();
            record.text.push_str(cell);
            record.cells.push((start, record.text.len()));
        }
        record
    }
}

impl PartialEq for CsvRecord {
    fn eq(&self, other: &CsvRecord) -> bool {
        self.cells().eq(other.cells())
            && self.well_formed == other.well_formed
            && self.line == other.line
    }
}

impl Eq for CsvRecord {}

/// The reader over one input.
///
/// Works on a buffer of the input rather than byte by byte: a record is parsed from the unread
/// bytes in one pass (`memchr` finds the next quote or separator), its cells are appended as
/// whole spans to the caller's [`CsvRecord`], and its text is validated as UTF-8 once. When the
/// buffer ends inside a record, more is read and the record is parsed again from its start (a
/// record longer than the buffer grows it), so the grammar is written once, over a slice.
pub struct CsvRecordReader<R> {
    input: R,
    buf: Vec<u8>,
    /// The unread bytes are `buf[pos..limit]`.
    pos: usize,
    limit: usize,
    /// True once the input has reported its end: the unread bytes are all that is left.
    eof: bool,
    line: u64,
    bom_checked: bool,
}

/// The buffer's size; records are far shorter, so a record is parsed again (after a read) only
/// where one straddles two reads.
const BUFFER_SIZE: usize = 64 * 1024;

impl<R: Read> CsvRecordReader<R> {
    pub fn new(input: R) -> CsvRecordReader<R> {
        CsvRecordReader {
            input,
            buf: vec![0; BUFFER_SIZE],
            pos: 0,
            limit: 0,
            eof: false,
            line: 1,
            bom_checked: false,
        }
    }

    /// Reads the next record into `record`; false at the end of the file (or on an error), and
    /// the record is then empty.
    pub fn next_into(&mut self, record: &mut CsvRecord) -> io::Result<bool> {
        // The record's own buffers are filled in place and handed back; nothing is copied twice.
        let mut bytes = std::mem::take(&mut record.text).into_bytes();
        match self.next_raw(&mut bytes, &mut record.cells) {
            Ok(Some(raw)) => {
                let (text, valid) = decode(bytes, &mut record.cells, raw.plain);
                record.text = text;
                record.well_formed = raw.parsed.well_formed && valid;
                record.line = raw.line;
                Ok(true)
            }
            other => {
                bytes.clear();
                record.cells.clear();
                record.text = String::from_utf8(bytes).unwrap_or_default();
                other.map(|_| false)
            }
        }
    }

    /// The next record that is not a blank line, as bytes and cells not yet decoded.
    fn next_raw(
        &mut self,
        bytes: &mut Vec<u8>,
        cells: &mut Vec<(usize, usize)>,
    ) -> io::Result<Option<Raw>> {
        if !self.bom_checked {
            self.skip_bom()?;
            self.bom_checked = true;
        }
        loop {
            if self.pos == self.limit {
                self.read_more(false)?;
                if self.pos == self.limit {
                    return Ok(None);
                }
            }
            bytes.clear();
            cells.clear();
            let unread = &self.buf[self.pos..self.limit];
            let mut plain = true;
            let parsed = match scan_plain(unread, self.eof, cells) {
                Scan::Plain(parsed) => {
                    bytes.extend_from_slice(&unread[..parsed.consumed]);
                    Some(parsed)
                }
                Scan::NeedMore => None,
                Scan::NotPlain => {
                    plain = false;
                    cells.clear();
                    parse_record(unread, self.eof, bytes, cells)
                }
            };
            let parsed = match parsed {
                Some(parsed) => parsed,
                None => {
                    // Filled up, so that a record is parsed again at most once per buffer
                    // however few bytes each read hands over.
                    self.read_more(true)?;
                    continue;
                }
            };
            self.pos += parsed.consumed;
            let line = self.line;
            self.line += parsed.newlines;
            if !is_blank(bytes, cells, parsed.quoted) {
                return Ok(Some(Raw {
                    parsed,
                    plain,
                    line,
                }));
            }
        }
    }

    /// The next record, or `None` at the end of the file (allocates a record each time; for
    /// tests and callers that keep records).
    pub fn next_record(&mut self) -> io::Result<Option<CsvRecord>> {
        let mut record = CsvRecord::default();
        Ok(if self.next_into(&mut record)? {
            Some(record)
        } else {
            None
        })
    }

    fn skip_bom(&mut self) -> io::Result<()> {
        while self.limit - self.pos < BOM.len() && !self.eof {
            self.read_more(false)?;
        }
        if self.buf[self.pos..self.limit].starts_with(&BOM) {
            self.pos += BOM.len();
        }
        Ok(())
    }

    /// Moves the unread bytes to the front of the buffer (growing it when they fill it) and
    /// reads once, or until the buffer is full or the input ends (`fill`).
    fn read_more(&mut self, fill: bool) -> io::Result<()> {
        if self.eof {
            return Ok(());
        }
        self.buf.copy_within(self.pos..self.limit, 0);
        self.limit -= self.pos;
        self.pos = 0;
        if self.limit == self.buf.len() {
            let grown = self.buf.len() * 2;
            self.buf.resize(grown, 0);
        }
        while self.limit < self.buf.len() {
            match self.input.read(&mut self.buf[self.limit..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(());
                }
                Ok(n) if fill => self.limit += n,
                Ok(n) => {
                    self.limit += n;
                    return Ok(());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}

/// A record read but not yet decoded.
struct Raw {
    parsed: Parsed,
    /// Its text is the record as written ([`scan_plain`]).
    plain: bool,
    /// The line it starts on.
    line: u64,
}

#[cfg(test)]
#[path = "record_reader_tests.rs"]
mod tests;
