//! Streams the records of an RFC 4180 CSV file, one at a time, without holding the file
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

use std::io::{self, Read};

const BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// One CSV record as read. Reused from record to record, so reading allocates only when a record
/// is longer than any before it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CsvRecord {
    /// Every cell's text, one after another.
    text: String,
    /// Where each cell ends in `text`.
    ends: Vec<usize>,
    /// False when the record breaks RFC 4180 or a cell is not valid UTF-8; the cells are then only
    /// the reader's best effort (invalid bytes replaced) and the record is malformed.
    well_formed: bool,
    /// The 1-based line on which the record starts (for warnings).
    line: u64,
}

impl CsvRecord {
    /// The number of cells (at least 1).
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The text of cell `i`: unquoted, unescaped, never trimmed.
    pub fn cell(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
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
            record.text.push_str(cell);
            record.ends.push(record.text.len());
        }
        record
    }
}

/// How a field ended.
#[derive(PartialEq, Eq)]
enum End {
    Field,
    Record,
}

/// The reader over one input.
pub struct CsvRecordReader<R> {
    input: R,
    buf: Vec<u8>,
    pos: usize,
    limit: usize,
    line: u64,
    bom_checked: bool,
    /// The raw bytes of the record being read, cell after cell.
    raw: Vec<u8>,
    /// Where each cell ends in `raw`.
    ends: Vec<usize>,
    well_formed: bool,
    quoted: bool,
}

impl<R: Read> CsvRecordReader<R> {
    pub fn new(input: R) -> CsvRecordReader<R> {
        CsvRecordReader {
            input,
            buf: vec![0; 8192],
            pos: 0,
            limit: 0,
            line: 1,
            bom_checked: false,
            raw: Vec::new(),
            ends: Vec::new(),
            well_formed: true,
            quoted: false,
        }
    }

    /// Reads the next record into `record`; false at the end of the file.
    pub fn next_into(&mut self, record: &mut CsvRecord) -> io::Result<bool> {
        if !self.bom_checked {
            self.skip_bom()?;
            self.bom_checked = true;
        }
        while self.peek()?.is_some() {
            let start_line = self.line;
            self.read_record()?;
            if !self.is_blank() {
                self.fill_record(record);
                record.line = start_line;
                return Ok(true);
            }
        }
        Ok(false)
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

    fn read_record(&mut self) -> io::Result<()> {
        self.raw.clear();
        self.ends.clear();
        self.well_formed = true;
        self.quoted = false;
        loop {
            let end = if self.peek()? == Some(b'"') {
                self.pos += 1;
                self.quoted = true;
                self.read_quoted_field()?
            } else {
                self.read_unquoted(false)?
            };
            self.ends.push(self.raw.len());
            if end == End::Record {
                return Ok(());
            }
        }
    }

    /// After the opening quote: up to the closing quote, then whatever follows it.
    fn read_quoted_field(&mut self) -> io::Result<End> {
        loop {
            let b = match self.read()? {
                Some(b) => b,
                None => {
                    self.well_formed = false;
                    return Ok(End::Record);
                }
            };
            if b == b'"' {
                if self.peek()? != Some(b'"') {
                    return self.read_unquoted(true);
                }
                self.pos += 1;
            } else if b == b'\n' {
                self.line += 1;
            }
            self.raw.push(b);
        }
    }

    /// An unquoted field, or the rest of a quoted one after its closing quote (`after_quote`),
    /// where anything but a separator is out of place.
    fn read_unquoted(&mut self, after_quote: bool) -> io::Result<End> {
        loop {
            let b = match self.read()? {
                Some(b) => b,
                None => return Ok(End::Record),
            };
            if b == b',' {
                return Ok(End::Field);
            }
            if b == b'\n' || (b == b'\r' && self.peek()? == Some(b'\n')) {
                if b == b'\r' {
                    self.pos += 1;
                }
                self.line += 1;
                return Ok(End::Record);
            }
            if after_quote || b == b'"' {
                self.well_formed = false;
            }
            self.raw.push(b);
        }
    }

    /// One unquoted cell of spaces, tabs and carriage returns (or nothing): a blank line, not a
    /// record.
    fn is_blank(&self) -> bool {
        self.ends.len() == 1
            && !self.quoted
            && self.raw.iter().all(|&b| matches!(b, b' ' | b'\t' | b'\r'))
    }

    /// Decodes the cells into `record`, each on its own (a multi-byte sequence split by a
    /// separator is invalid in both cells, as in Java).
    fn fill_record(&mut self, record: &mut CsvRecord) {
        let mut well_formed = self.well_formed;
        let mut text = std::mem::take(&mut record.text);
        text.clear();
        record.ends.clear();
        let mut start = 0;
        for &end in &self.ends {
            let cell = &self.raw[start..end];
            match std::str::from_utf8(cell) {
                Ok(valid) => text.push_str(valid),
                Err(_) => {
                    well_formed = false;
                    text.push_str(&String::from_utf8_lossy(cell));
                }
            }
            record.ends.push(text.len());
            start = end;
        }
        record.text = text;
        record.well_formed = well_formed;
    }

    fn skip_bom(&mut self) -> io::Result<()> {
        for (i, &expected) in BOM.iter().enumerate() {
            if !self.fill(i + 1)? || self.buf[self.pos + i] != expected {
                return Ok(());
            }
        }
        self.pos += BOM.len();
        Ok(())
    }

    #[inline]
    fn peek(&mut self) -> io::Result<Option<u8>> {
        if self.pos < self.limit || self.fill(1)? {
            Ok(Some(self.buf[self.pos]))
        } else {
            Ok(None)
        }
    }

    #[inline]
    fn read(&mut self) -> io::Result<Option<u8>> {
        let next = self.peek()?;
        if next.is_some() {
            self.pos += 1;
        }
        Ok(next)
    }

    /// Makes at least `wanted` unread bytes available; false at the end of the file.
    fn fill(&mut self, wanted: usize) -> io::Result<bool> {
        if self.limit - self.pos >= wanted {
            return Ok(true);
        }
        self.buf.copy_within(self.pos..self.limit, 0);
        self.limit -= self.pos;
        self.pos = 0;
        while self.limit < wanted {
            match self.input.read(&mut self.buf[self.limit..]) {
                Ok(0) => return Ok(false),
                Ok(n) => self.limit += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
        Ok(true)
    }
}

#[cfg(test)]
#[path = "record_reader_tests.rs"]
mod tests;
