//! Streaming the lines of a JSONL file with the marker pre-filter (mirrors Java
//! `source.JsonlFile` and `source.ByteSearch`).
//!
//! The file is read in chunks into one reusable buffer and each line is handed over as a slice
//! of it, so a file is never held whole (only a single line longer than the buffer makes it
//! grow) and no line is copied or allocated.
//!
//! Lines that cannot be usage are skipped before parsing: a caller names marker byte strings
//! (such as `"usage"`) and only lines containing one are handed over. With one marker the whole
//! chunk is searched for it (`memchr::memmem`) and only the line around each hit is split out;
//! with several, each line is searched; with none, every non-blank line is handed over. Both
//! engines apply the same markers, so they skip the same lines. A line is handed over without
//! its `\n` but with a `\r` before it (the JSON reader takes it as whitespace); the last line
//! needs no newline. With `first_line_always` the first non-blank line is handed over whatever
//! it holds (a header).

use memchr::memmem::Finder;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

const CHUNK: usize = 1 << 20;

/// A JSONL reading rule: its markers and whether the first line always counts.
#[derive(Debug, Clone, Copy)]
pub struct JsonlFile<'m> {
    markers: &'m [&'m [u8]],
    first_line_always: bool,
}

impl<'m> JsonlFile<'m> {
    /// `markers`: lines must contain one of these to be handed over (none = every non-blank
    /// line); `first_line_always`: hand over the first non-blank line even without a marker.
    pub const fn new(markers: &'m [&'m [u8]], first_line_always: bool) -> JsonlFile<'m> {
        JsonlFile {
            markers,
            first_line_always,
        }
    }

    /// Hands every selected line of the file to `handler` with its byte offset in the file, in
    /// file order.
    pub fn scan<H>(&self, path: &Path, mut handler: H) -> io::Result<()>
    where
        H: FnMut(&[u8], u64),
    {
        let mut file = File::open(path)?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        let mut buf = vec![0u8; (size.max(16) + 1).min(CHUNK as u64) as usize];
        let finders: Vec<Finder> = self.markers.iter().map(Finder::new).collect();
        let mut filled = 0;
        let mut buf_offset = 0u64;
        let mut first_pending = self.first_line_always;
        let mut eof = false;
        while !eof {
            if filled == buf.len() {
                buf.resize(buf.len() * 2, 0);
            }
            let n = read_some(&mut file, &mut buf[filled..])?;
            if n == 0 {
                eof = true;
            } else {
                filled += n;
            }
            let limit = if eof {
                filled
            } else {
                memchr::memrchr(b'\n', &buf[..filled]).map_or(0, |i| i + 1)
            };
            if limit == 0 {
                continue;
            }
            let region = &buf[..limit];
            let mut start = 0;
            if first_pending {
                match hand_first_line(region, buf_offset, &mut handler) {
                    Some(after) => {
                        first_pending = false;
                        start = after;
                    }
                    None => start = limit,
                }
            }
            scan_region(region, start, buf_offset, &finders, &mut handler);
            buf.copy_within(limit..filled, 0);
            filled -= limit;
            buf_offset += limit as u64;
        }
        Ok(())
    }
}

/// One read, retried when interrupted; 0 at the end of the file.
fn read_some(file: &mut File, into: &mut [u8]) -> io::Result<usize> {
    loop {
        match file.read(into) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

/// Hands over the first non-blank line of the region; returns the position after it, or `None`
/// when the region holds only blank lines.
fn hand_first_line<H: FnMut(&[u8], u64)>(
    region: &[u8],
    offset: u64,
    handler: &mut H,
) -> Option<usize> {
    let mut p = 0;
    while p < region.len() {
        let line_end = line_end(region, p);
        if !is_blank(&region[p..line_end]) {
            handler(&region[p..line_end], offset + p as u64);
            return Some((line_end + 1).min(region.len()));
        }
        p = line_end + 1;
    }
    None
}

/// Hands over the selected lines of `region[start..]` (which starts at a line start and ends
/// after a newline or at the end of the file).
fn scan_region<H: FnMut(&[u8], u64)>(
    region: &[u8],
    start: usize,
    offset: u64,
    finders: &[Finder],
    handler: &mut H,
) {
    if let [marker] = finders {
        scan_for_marker(region, start, offset, marker, handler);
        return;
    }
    let mut p = start;
    while p < region.len() {
        let end = line_end(region, p);
        let line = &region[p..end];
        let selected = if finders.is_empty() {
            !is_blank(line)
        } else {
            finders.iter().any(|f| f.find(line).is_some())
        };
        if selected {
            handler(line, offset + p as u64);
        }
        p = end + 1;
    }
}

/// One marker: search the region for it and hand over the line around each hit.
fn scan_for_marker<H: FnMut(&[u8], u64)>(
    region: &[u8],
    start: usize,
    offset: u64,
    marker: &Finder,
    handler: &mut H,
) {
    let mut p = start;
    while p < region.len() {
        let hit = match marker.find(&region[p..]) {
            Some(i) => p + i,
            None => return,
        };
        let line_start = memchr::memrchr(b'\n', &region[p..hit]).map_or(p, |i| p + i + 1);
        let end = line_end(region, hit);
        handler(&region[line_start..end], offset + line_start as u64);
        p = end + 1;
    }
}

/// The position of the newline ending the line that contains `from`, or the region's end.
fn line_end(region: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &region[from..]).map_or(region.len(), |i| from + i)
}

/// True when the line holds only JSON whitespace.
pub fn is_blank(line: &[u8]) -> bool {
    line.iter()
        .all(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

#[cfg(test)]
mod tests;
