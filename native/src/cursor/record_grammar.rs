//! The grammar of one CSV record over a buffer of the input (the reader's half that knows
//! RFC 4180; see [`super::record_reader`] for the rules). A record is parsed from the start of
//! the unread bytes in one pass, or found to run past them; the reader then reads more and asks
//! again. The common record, whose cells are runs of the input, is only located
//! ([`scan_plain`]) and copied whole; any other goes through [`parse_record`], which copies cell
//! by cell, unescaping. Both agree on every record the first takes (tested below).

/// What parsing one record found, besides its cells.
#[cfg_attr(test, derive(Debug, PartialEq, Eq))]
pub(super) struct Parsed {
    /// Bytes of input the record took, its line break included.
    pub(super) consumed: usize,
    /// False when the record breaks the grammar (UTF-8 is checked afterwards).
    pub(super) well_formed: bool,
    /// True when any of its fields was quoted (a quoted empty field is a record, not a blank line).
    pub(super) quoted: bool,
    /// Line breaks the record took, inside quotes and at its end: the lines it spans.
    pub(super) newlines: u64,
}

/// What [`scan_plain`] found.
pub(super) enum Scan {
    /// A plain record; its cells are runs of the input.
    Plain(Parsed),
    /// The input ends inside the record and more may follow.
    NeedMore,
    /// A record with `""`, a quoted line break, text after a closing quote or a quote inside an
    /// unquoted field: for [`parse_record`].
    NotPlain,
}

/// The common record, whose every cell is a run of the input: unquoted (without a quote), or
/// quoted without `""` or line breaks and followed at once by the separator. Pushes where each
/// cell starts and ends in `input` to `cells`. Every other record is left to [`parse_record`]:
/// for those two agree, this only saves copying cell by cell.
pub(super) fn scan_plain(input: &[u8], eof: bool, cells: &mut Vec<(usize, usize)>) -> Scan {
    let mut parsed = Parsed {
        consumed: 0,
        well_formed: true,
        quoted: false,
        newlines: 0,
    };
    let mut i = 0;
    loop {
        let (start, end) = match input.get(i) {
            Some(b'"') => {
                parsed.quoted = true;
                let rest = &input[i + 1..];
                match memchr::memchr2(b'"', b'\n', rest) {
                    Some(k) if rest[k] == b'"' => {
                        let cell = (i + 1, i + 1 + k);
                        i = cell.1 + 1;
                        cell
                    }
                    Some(_) => return Scan::NotPlain,
                    None if eof => return Scan::NotPlain,
                    None => return Scan::NeedMore,
                }
            }
            None if !eof => return Scan::NeedMore,
            _ => {
                let rest = &input[i..];
                let cell = match memchr::memchr3(b',', b'\n', b'"', rest) {
                    Some(k) if rest[k] == b'"' => return Scan::NotPlain,
                    Some(k) => (i, i + k),
                    None if eof => (i, input.len()),
                    None => return Scan::NeedMore,
                };
                i = cell.1;
                // `\r\n` ends a record like `\n`: the `\r` is not in the cell.
                if input.get(i) == Some(&b'\n') && cell.1 > cell.0 && input[i - 1] == b'\r' {
                    (cell.0, cell.1 - 1)
                } else {
                    cell
                }
            }
        };
        cells.push((start, end));
        // The separator after the cell.
        match input.get(i) {
            Some(b',') => i += 1,
            Some(b'\n') => {
                parsed.newlines = 1;
                parsed.consumed = i + 1;
                return Scan::Plain(parsed);
            }
            Some(b'\r') => match input.get(i + 1) {
                Some(b'\n') => {
                    parsed.newlines = 1;
                    parsed.consumed = i + 2;
                    return Scan::Plain(parsed);
                }
                None if !eof => return Scan::NeedMore,
                _ => return Scan::NotPlain,
            },
            None if !eof => return Scan::NeedMore,
            None => {
                parsed.consumed = i;
                return Scan::Plain(parsed);
            }
            _ => return Scan::NotPlain,
        }
    }
}

/// Parses the record at the start of `input` (not empty), appending each cell's bytes to `bytes`
/// and where it starts and ends to `cells`. `None` when `input` ends inside the record and the
/// input is not at its end (`!eof`): the caller reads more and parses the record again from its
/// start.
pub(super) fn parse_record(
    input: &[u8],
    eof: bool,
    bytes: &mut Vec<u8>,
    cells: &mut Vec<(usize, usize)>,
) -> Option<Parsed> {
    let mut parsed = Parsed {
        consumed: 0,
        well_formed: true,
        quoted: false,
        newlines: 0,
    };
    let mut i = 0;
    loop {
        let start = bytes.len();
        let after_quote = match input.get(i) {
            Some(b'"') => {
                parsed.quoted = true;
                i = quoted_part(input, i + 1, eof, bytes, &mut parsed)?;
                true
            }
            // Whether the field is quoted shows only in its first byte.
            None if !eof => return None,
            _ => false,
        };
        // An unquoted field, or what follows a closing quote up to the separator, where anything
        // is out of place. `\r\n` ends a record like `\n`; a lone `\r` is text.
        let rest = &input[i..];
        let (span, record_ends, next) = match separator(rest) {
            Some(k) if rest[k] == b',' => (&rest[..k], false, i + k + 1),
            Some(k) => {
                parsed.newlines += 1;
                let line = &rest[..k];
                (line.strip_suffix(b"\r").unwrap_or(line), true, i + k + 1)
            }
            None if eof => (rest, true, input.len()),
            None => return None,
        };
        if (after_quote && !span.is_empty()) || span.contains(&b'"') {
            parsed.well_formed = false;
        }
        bytes.extend_from_slice(span);
        cells.push((start, bytes.len()));
        i = next;
        if record_ends {
            parsed.consumed = i;
            return Some(parsed);
        }
    }
}

/// Where the first `,` or `\n` in `text` is. The byte at hand is looked at before searching,
/// since after a closing quote (nearly every field of an export) it is the separator.
#[inline]
fn separator(text: &[u8]) -> Option<usize> {
    match text.first() {
        Some(b',') | Some(b'\n') => Some(0),
        _ => memchr::memchr2(b',', b'\n', text),
    }
}

/// The inside of a quoted field from `i` (after the opening quote), with each `""` as one quote;
/// the position after the closing quote. A quote still open at the end of the input takes the
/// rest of it and makes the record malformed.
fn quoted_part(
    input: &[u8],
    mut i: usize,
    eof: bool,
    bytes: &mut Vec<u8>,
    parsed: &mut Parsed,
) -> Option<usize> {
    loop {
        let rest = &input[i..];
        let k = match memchr::memchr2(b'"', b'\n', rest) {
            Some(k) => k,
            None if !eof => return None,
            None => {
                parsed.well_formed = false;
                bytes.extend_from_slice(rest);
                return Some(input.len());
            }
        };
        bytes.extend_from_slice(&rest[..k]);
        i += k + 1;
        if rest[k] == b'\n' {
            parsed.newlines += 1;
            bytes.push(b'\n');
            continue;
        }
        match input.get(i) {
            Some(b'"') => {
                bytes.push(b'"');
                i += 1;
            }
            // Whether this quote closes the field or starts a `""` shows only in the next byte.
            None if !eof => return None,
            _ => return Some(i),
        }
    }
}

/// One unquoted cell of spaces, tabs and carriage returns (or nothing): a blank line, not a
/// record.
pub(super) fn is_blank(bytes: &[u8], cells: &[(usize, usize)], quoted: bool) -> bool {
    match cells {
        [(start, end)] => {
            !quoted
                && bytes[*start..*end]
                    .iter()
                    .all(|&b| matches!(b, b' ' | b'\t' | b'\r'))
        }
        _ => false,
    }
}

/// The record's text, and whether every cell is valid UTF-8 on its own (as Java decodes each
/// cell). Validating the whole text once is the same test when every cell starts and ends on a
/// character boundary (a multi-byte sequence split by a separator is valid in neither cell),
/// which in valid text it does when the text is the record as written (`plain`): its cells are
/// apart, and what lies between them is ASCII. When a cell is invalid, each cell is decoded on
/// its own with invalid bytes replaced (the reader's best effort; such a record is malformed)
/// and `cells` is rewritten to match.
pub(super) fn decode(bytes: Vec<u8>, cells: &mut [(usize, usize)], plain: bool) -> (String, bool) {
    let on_boundaries = |text: &str| -> bool {
        cells
            .iter()
            .all(|&(start, end)| text.is_char_boundary(start) && text.is_char_boundary(end))
    };
    let bytes = match String::from_utf8(bytes) {
        Ok(text) if plain || on_boundaries(&text) => return (text, true),
        Ok(text) => text.into_bytes(),
        Err(invalid) => invalid.into_bytes(),
    };
    let mut text = String::with_capacity(bytes.len());
    for cell in cells.iter_mut() {
        let start = text.len();
        text.push_str(&String::from_utf8_lossy(&bytes[cell.0..cell.1]));
        *cell = (start, text.len());
    }
    (text, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random inputs over the bytes the grammar cares about (a small fixed generator, so every run
    /// tries the same inputs).
    fn random_inputs(count: usize) -> Vec<Vec<u8>> {
        let pieces: [&[u8]; 12] = [
            b"a", b"42", b",", b"\"", b"\"\"", b"\n", b"\r", b"\r\n", b" ", b"\xC3", b"\xA9",
            b"\xFF",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as usize
        };
        (0..count)
            .map(|_| {
                let length = next() % 24;
                (0..length)
                    .flat_map(|_| pieces[next() % pieces.len()].iter().copied())
                    .collect()
            })
            .collect()
    }

    /// A record's cells and what else parsing it found.
    type Outcome = (Vec<Vec<u8>>, Parsed);

    /// The outcome of the plain scan, when it takes the record.
    fn plain_parse(input: &[u8], eof: bool) -> Option<Outcome> {
        let mut cells = Vec::new();
        match scan_plain(input, eof, &mut cells) {
            Scan::Plain(parsed) => Some((
                cells.iter().map(|&(s, e)| input[s..e].to_vec()).collect(),
                parsed,
            )),
            Scan::NeedMore | Scan::NotPlain => None,
        }
    }

    /// The outcome of the full parser.
    fn full_parse(input: &[u8], eof: bool) -> Option<Outcome> {
        let (mut bytes, mut cells) = (Vec::new(), Vec::new());
        parse_record(input, eof, &mut bytes, &mut cells).map(|parsed| {
            (
                cells.iter().map(|&(s, e)| bytes[s..e].to_vec()).collect(),
                parsed,
            )
        })
    }

    #[test]
    fn the_plain_scan_agrees_with_the_full_parser_on_every_record_it_takes() {
        let mut taken = 0;
        for input in random_inputs(20_000)
            .iter()
            .filter(|input| !input.is_empty())
        {
            for eof in [true, false] {
                let plain = plain_parse(input, eof);
                taken += usize::from(plain.is_some());
                assert!(
                    plain.is_none() || plain == full_parse(input, eof),
                    "{:?} (eof {})",
                    String::from_utf8_lossy(input),
                    eof
                );
            }
        }
        // Most records of these inputs are plain.
        assert!(taken > 10_000, "{}", taken);
    }
}
