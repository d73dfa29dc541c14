//! The CSV grammar, case by case (mirrors Java's `CsvRecordReaderTest`).

use super::*;

fn read(bytes: &[u8]) -> Vec<CsvRecord> {
    read_from(bytes)
}

fn read_from<R: Read>(input: R) -> Vec<CsvRecord> {
    let mut reader = CsvRecordReader::new(input);
    let mut records = Vec::new();
    while let Some(record) = reader.next_record().unwrap() {
        records.push(record);
    }
    records
}

fn cells(records: &[CsvRecord]) -> Vec<Vec<String>> {
    records
        .iter()
        .map(|r| r.cells().map(str::to_string).collect())
        .collect()
}

fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|row| row.iter().map(|c| c.to_string()).collect())
        .collect()
}

fn well_formed(records: &[CsvRecord]) -> Vec<bool> {
    records.iter().map(CsvRecord::well_formed).collect()
}

#[test]
fn splits_fields_and_records() {
    let records = read(b"a,b,c\n1,2,3\n");
    assert_eq!(cells(&records), rows(&[&["a", "b", "c"], &["1", "2", "3"]]));
    assert_eq!(well_formed(&records), [true, true]);
}

#[test]
fn mixes_quoted_and_unquoted_fields_as_the_usage_tokens_export_does() {
    let records = read(b"\"2025-08-09T09:53:39.554Z\",\"You\",8830,0,\"Included\"\n");
    assert_eq!(
        cells(&records),
        rows(&[&["2025-08-09T09:53:39.554Z", "You", "8830", "0", "Included"]])
    );
}

#[test]
fn quoted_fields_hold_commas_escaped_quotes_and_line_breaks() {
    let records = read(b"\"Errored, No Charge\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\nnext\n");
    assert_eq!(
        cells(&records),
        rows(&[
            &["Errored, No Charge", "say \"hi\"", "two\nlines", ""],
            &["next"]
        ])
    );
    assert_eq!(well_formed(&records), [true, true]);
}

#[test]
fn crlf_ends_a_record_but_stays_text_inside_quotes() {
    let records = read(b"a,b\r\n\"x\r\ny\",z\r\n");
    assert_eq!(cells(&records), rows(&[&["a", "b"], &["x\r\ny", "z"]]));
}

#[test]
fn a_lone_carriage_return_is_text() {
    assert_eq!(cells(&read(b"a\rb,c\n")), rows(&[&["a\rb", "c"]]));
}

#[test]
fn empty_fields_and_a_trailing_separator_give_empty_cells() {
    assert_eq!(
        cells(&read(b"a,,b,\n,\n")),
        rows(&[&["a", "", "b", ""], &["", ""]])
    );
}

#[test]
fn the_last_record_needs_no_line_break() {
    assert_eq!(
        cells(&read(b"a,b\nc,\"d\"")),
        rows(&[&["a", "b"], &["c", "d"]])
    );
}

#[test]
fn blank_lines_are_not_records_but_a_quoted_empty_field_is() {
    let records = read(b"\n  \t\na\n\r\n\n\"\"\n \n");
    assert_eq!(cells(&records), rows(&[&["a"], &[""]]));
}

#[test]
fn skips_a_byte_order_mark_at_the_start_only() {
    let records = read("\u{FEFF}Date,Model\n\u{FEFF}x,y\n".as_bytes());
    assert_eq!(
        cells(&records),
        rows(&[&["Date", "Model"], &["\u{FEFF}x", "y"]])
    );
}

#[test]
fn a_file_of_nothing_or_only_a_byte_order_mark_has_no_records() {
    assert!(read(b"").is_empty());
    assert!(read("\u{FEFF}".as_bytes()).is_empty());
    assert!(read("\u{FEFF}\r\n".as_bytes()).is_empty());
    // A partial mark is text.
    assert_eq!(cells(&read(b"\xEF\xBB")).len(), 1);
}

#[test]
fn an_unterminated_quote_runs_to_the_end_and_makes_that_record_malformed() {
    let records = read(b"a,b\n\"c,d\ne,f\n");
    assert_eq!(cells(&records), rows(&[&["a", "b"], &["c,d\ne,f\n"]]));
    assert_eq!(well_formed(&records), [true, false]);
}

#[test]
fn a_quote_inside_an_unquoted_field_is_kept_and_makes_the_record_malformed() {
    let records = read(b"ab\"c,d\nnext,row\n");
    assert_eq!(cells(&records), rows(&[&["ab\"c", "d"], &["next", "row"]]));
    assert_eq!(well_formed(&records), [false, true]);
}

#[test]
fn text_after_a_closing_quote_is_kept_and_makes_the_record_malformed() {
    let records = read(b"\"ab\"c,d\nnext,row\n");
    assert_eq!(cells(&records), rows(&[&["abc", "d"], &["next", "row"]]));
    assert_eq!(well_formed(&records), [false, true]);
}

#[test]
fn decodes_utf8_and_rejects_invalid_bytes() {
    assert_eq!(
        cells(&read("\"日本\",é\n".as_bytes())),
        rows(&[&["日本", "é"]])
    );
    let invalid = read(b"ok\n\xC3,x\na\n");
    assert_eq!(well_formed(&invalid), [true, false, true]);
    // A sequence split by a separator is invalid in each cell, as Java decodes cell by cell.
    assert_eq!(well_formed(&read(b"\xC3,\xA9\n")), [false]);
}

#[test]
fn rejects_encoded_surrogates() {
    assert_eq!(well_formed(&read(b"\xED\xA0\x80\n")), [false]);
}

#[test]
fn records_know_the_line_they_start_on() {
    let records = read(b"h\n\n\"multi\nline\"\r\nlast\n");
    let lines: Vec<u64> = records.iter().map(CsvRecord::line).collect();
    assert_eq!(lines, [1, 3, 5]);
}

/// An input that hands over one byte per read, as a slow pipe might.
struct OneByteAtATime<'a>(&'a [u8]);

impl Read for OneByteAtATime<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.0.is_empty() || buf.is_empty() {
            return Ok(0);
        }
        buf[0] = self.0[0];
        self.0 = &self.0[1..];
        Ok(1)
    }
}

#[test]
fn long_cells_and_byte_by_byte_input_read_the_same() {
    let long_cell = "x".repeat(20_000);
    let text = format!("\u{FEFF}\"{}\",\"a\"\"b\"\r\nc,d\r\n", long_cell);
    let whole = read(text.as_bytes());
    let trickled = read_from(OneByteAtATime(text.as_bytes()));
    assert_eq!(
        cells(&whole),
        vec![
            vec![long_cell, "a\"b".to_string()],
            rows(&[&["c", "d"]])[0].clone()
        ]
    );
    assert_eq!(trickled, whole);
}

#[test]
fn a_reused_record_holds_only_the_latest_cells() {
    let mut reader = CsvRecordReader::new(&b"a,bb,ccc\n\"x\"\n"[..]);
    let mut record = CsvRecord::default();
    assert!(reader.next_into(&mut record).unwrap());
    assert!(reader.next_into(&mut record).unwrap());
    assert_eq!(record.cells().collect::<Vec<_>>(), ["x"]);
    assert_eq!((record.len(), record.line()), (1, 2));
    assert!(!reader.next_into(&mut record).unwrap());
}

/// An input whose read fails after some bytes.
struct FailingAfter<'a>(&'a [u8]);

impl Read for FailingAfter<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.0.is_empty() {
            return Err(io::Error::new(io::ErrorKind::Other, "boom"));
        }
        let n = self.0.len().min(buf.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn a_read_error_is_returned() {
    let mut reader = CsvRecordReader::new(FailingAfter(b"a,b\n"));
    assert!(reader.next_record().unwrap().is_some());
    assert!(reader.next_record().is_err());
}

/// Every grammar case in one input: a byte-order mark, CRLF and LF, quoted separators, escaped
/// quotes, quoted line breaks, text after a closing quote, a quote in an unquoted field, blank
/// lines, a lone `\r`, invalid UTF-8 and a quote left open at the end.
const EVERY_CASE: &[u8] = b"\xEF\xBB\xBFDate,Model\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x\n\
    \n \t\r\n\"ab\"c,d\nab\"c,d\r\na\rb,\"\"\n\"\xC3\",\xA9\n\"1\"\"\xC3\",\xA9\r\n\"\xFF\",ok\n\"open,\nend";

/// Hands over the input `size` bytes per read.
struct InReadsOf<'a>(&'a [u8], usize);

impl Read for InReadsOf<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.1.min(buf.len()).min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn records_read_the_same_wherever_the_reads_split_them() {
    let whole = read(EVERY_CASE);
    assert_eq!(whole.len(), 10);
    for size in 1..=EVERY_CASE.len() {
        assert_eq!(
            read_from(InReadsOf(EVERY_CASE, size)),
            whole,
            "reads of {}",
            size
        );
    }
}

#[test]
fn every_case_reads_as_the_grammar_says() {
    let records = read(EVERY_CASE);
    assert_eq!(
        cells(&records[..7]),
        rows(&[
            &["Date", "Model"],
            &["a,b", "say \"hi\""],
            &["two\r\nlines", "x"],
            &["abc", "d"],
            &["ab\"c", "d"],
            &["a\rb", ""],
            &["\u{FFFD}", "\u{FFFD}"],
        ])
    );
    assert_eq!(
        cells(&records[7..]),
        rows(&[
            &["1\"\u{FFFD}", "\u{FFFD}"],
            &["\u{FFFD}", "ok"],
            &["open,\nend"]
        ])
    );
    assert_eq!(
        well_formed(&records),
        [true, true, true, false, false, true, false, false, false, false]
    );
    let lines: Vec<u64> = records.iter().map(CsvRecord::line).collect();
    assert_eq!(lines, [1, 2, 3, 7, 8, 9, 10, 11, 12, 13]);
}

#[test]
fn a_record_longer_than_the_buffer_grows_it() {
    let long_cell = "x\"\n".repeat(BUFFER_SIZE); // three times the buffer, with quotes and breaks
    let text = format!("h\n\"{}\",y\r\nlast\n", long_cell.replace('"', "\"\""));
    let records = read(text.as_bytes());
    assert_eq!(
        cells(&records),
        vec![
            vec!["h".to_string()],
            vec![long_cell, "y".to_string()],
            vec!["last".to_string()]
        ]
    );
    let lines: Vec<u64> = records.iter().map(CsvRecord::line).collect();
    assert_eq!(lines, [1, 2, 2 + BUFFER_SIZE as u64 + 1]);
    assert_eq!(read_from(InReadsOf(text.as_bytes(), 1000)), records);
}

#[test]
fn a_record_is_empty_after_the_end_and_after_an_error() {
    let mut record = CsvRecord::default();
    let mut reader = CsvRecordReader::new(&b"a,b\n \n"[..]);
    assert!(reader.next_into(&mut record).unwrap());
    assert!(!reader.next_into(&mut record).unwrap());
    assert!(record.is_empty());
    let mut failing = CsvRecordReader::new(FailingAfter(b"a,b\nc,"));
    assert!(failing.next_into(&mut record).unwrap());
    assert!(failing.next_into(&mut record).is_err());
    assert!(record.is_empty());
}
