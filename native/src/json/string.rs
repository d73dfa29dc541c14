//! The string layer of the JSON reader (mirrors Java `scan.JsonString`): validation of string
//! contents (strict UTF-8, no raw control characters, escapes with correctly paired surrogates)
//! and decoding.
//!
//! Validation and decoding are separate passes on purpose: most strings in a record are skipped,
//! and a skipped string is only validated, never decoded. Validation runs over plain ASCII eight
//! bytes at a time (a word-wide test for a quote, a backslash, a control character or a
//! non-ASCII byte) and falls back to byte-by-byte work only at those bytes, so skipping a long
//! tool output costs a scan, not an allocation.

use super::{utf8, Malformed};
use std::borrow::Cow;

/// Validates string contents from `p` (just after the opening quote) up to and including the
/// closing quote; returns the position after the closing quote.
pub(crate) fn scan(buf: &[u8], p: usize) -> Result<usize, Malformed> {
    scan_noting_escapes(buf, p).map(|(end, _)| end)
}

/// [`scan`], and whether the string holds an escape (its raw bytes then need decoding): known
/// from the scan itself, so the bytes need no second search.
#[inline]
pub(crate) fn scan_noting_escapes(buf: &[u8], mut p: usize) -> Result<(usize, bool), Malformed> {
    let mut escaped = false;
    loop {
        p = skip_plain_ascii(buf, p);
        let b = match buf.get(p) {
            Some(&b) => b,
            None => return Err(Malformed::at("unterminated string", p)),
        };
        if b == b'"' {
            return Ok((p + 1, escaped));
        }
        if b == b'\\' {
            escaped = true;
            p = scan_escape(buf, p + 1)?;
        } else if b < 0x20 {
            return Err(Malformed::at("raw control character in string", p));
        } else if b < 0x80 {
            p += 1;
        } else {
            p = utf8::skip_multi_byte(buf, p).ok_or_else(|| Malformed::at("invalid UTF-8", p))?;
        }
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The position of the first byte at or after `p` that is a quote, a backslash, a control
/// character or non-ASCII (or of the last, partial word). In each test below the lowest flagged
/// byte is always a true hit (a borrow only carries upward), which is all that is used.
fn skip_plain_ascii(buf: &[u8], mut p: usize) -> usize {
    while let Some(chunk) = buf.get(p..p + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let control = w.wrapping_sub(ONES * 0x20) & !w;
        let quote = has_zero_byte(w ^ (ONES * u64::from(b'"')));
        let backslash = has_zero_byte(w ^ (ONES * u64::from(b'\\')));
        let hits = (control | quote | backslash | w) & HIGH_BITS;
        if hits != 0 {
            return p + (hits.trailing_zeros() / 8) as usize;
        }
        p += 8;
    }
    p
}

fn has_zero_byte(v: u64) -> u64 {
    v.wrapping_sub(ONES) & !v
}

/// Validates one escape starting after the backslash; returns the position after it.
fn scan_escape(buf: &[u8], p: usize) -> Result<usize, Malformed> {
    let letter = match buf.get(p) {
        Some(&b) => b,
        None => return Err(Malformed::at("truncated escape", p)),
    };
    match letter {
        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => Ok(p + 1),
        b'u' => {
            let unit = hex4(buf, p + 1)?;
            let p = p + 5;
            if is_high_surrogate(unit) {
                // The pair must be written as two adjacent escapes: "\uD83D\uDE00".
                let paired = buf.len() - p >= 2
                    && buf[p] == b'\\'
                    && buf[p + 1] == b'u'
                    && is_low_surrogate(hex4(buf, p + 2)?);
                if !paired {
                    return Err(Malformed::at("lone high surrogate", p));
                }
                return Ok(p + 6);
            }
            if is_low_surrogate(unit) {
                return Err(Malformed::at("lone low surrogate", p));
            }
            Ok(p)
        }
        _ => Err(Malformed::at("invalid escape", p)),
    }
}

/// Decodes validated string bytes (between the quotes); borrows them when there is no escape
/// (`escaped`, as [`scan_noting_escapes`] found). Runs without escapes are copied as UTF-8 (a
/// backslash is ASCII, so a run never splits a multi-byte sequence); an escaped surrogate pair
/// becomes one code point.
pub(crate) fn decode(raw: &[u8], escaped: bool) -> Cow<'_, str> {
    if !escaped {
        return borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut run = 0;
    while let Some(offset) = memchr::memchr(b'\\', &raw[run..]) {
        let at = run + offset;
        out.push_str(&String::from_utf8_lossy(&raw[run..at]));
        run = decode_escape(raw, at + 1, &mut out);
    }
    out.push_str(&String::from_utf8_lossy(&raw[run..]));
    Cow::Owned(out)
}

/// Validated bytes without escapes, borrowed. `from_utf8` has a fast path for ASCII; the lossy
/// form only spares an unreachable panic.
fn borrowed(raw: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(raw) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(raw),
    }
}

/// Appends the character of the validated escape whose letter is at `p`; returns the position
/// after it.
fn decode_escape(raw: &[u8], p: usize, out: &mut String) -> usize {
    let c = match raw[p] {
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let unit = hex4(raw, p + 1).unwrap_or(0);
            if !is_high_surrogate(unit) {
                out.push(char::from_u32(unit).unwrap_or(char::REPLACEMENT_CHARACTER));
                return p + 5;
            }
            let low = hex4(raw, p + 7).unwrap_or(0);
            let code_point = 0x10000 + ((unit - 0xD800) << 10) + (low.wrapping_sub(0xDC00) & 0x3FF);
            out.push(char::from_u32(code_point).unwrap_or(char::REPLACEMENT_CHARACTER));
            return p + 11;
        }
        other => char::from(other), // '"', '\\', '/'
    };
    out.push(c);
    p + 1
}

fn is_high_surrogate(unit: u32) -> bool {
    (0xD800..=0xDBFF).contains(&unit)
}

fn is_low_surrogate(unit: u32) -> bool {
    (0xDC00..=0xDFFF).contains(&unit)
}

/// The value of the four hex digits (either case) at `p`.
fn hex4(buf: &[u8], p: usize) -> Result<u32, Malformed> {
    let digits = match buf.get(p..p + 4) {
        Some(digits) => digits,
        None => return Err(Malformed::at("truncated \\u escape", p)),
    };
    let mut value = 0;
    for &b in digits {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            b'A'..=b'F' => b - b'A' + 10,
            _ => return Err(Malformed::at("invalid \\u escape", p)),
        };
        value = value << 4 | u32::from(digit);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_path_stops_exactly_at_each_special_byte() {
        for special in [b'"', b'\\', 0x00, 0x1F, 0x80, 0xFF] {
            for at in 0..20 {
                let mut buf = vec![b'a'; 24];
                buf[at] = special;
                // A byte that would falsely flag above a true hit must not move the answer.
                if at + 1 < buf.len() {
                    buf[at + 1] = 0x01;
                }
                assert_eq!(
                    skip_plain_ascii(&buf, 0),
                    at,
                    "byte {:#x} at {}",
                    special,
                    at
                );
            }
        }
        assert_eq!(
            skip_plain_ascii(b"abcdefghijk", 0),
            8,
            "stops at the partial word"
        );
        assert_eq!(
            skip_plain_ascii(b" ~!#[]{}", 0),
            8,
            "0x20, 0x7E and punctuation are plain"
        );
    }

    #[test]
    fn scan_returns_the_position_after_the_closing_quote() {
        assert_eq!(scan(b"abc\"rest", 0), Ok(4));
        assert_eq!(scan(b"a\\\"b\"", 0), Ok(5));
        assert_eq!(scan(b"0123456789abcdef\\n\"", 0), Ok(19));
        assert!(scan(b"0123456789abcdef", 0).is_err());
    }

    #[test]
    fn the_scan_notes_escapes_and_decode_borrows_without_them() {
        assert!(matches!(decode(b"plain", false), Cow::Borrowed("plain")));
        let raw = b"a\\nb\\u00e9\\ud83d\\ude00";
        assert_eq!(
            scan_noting_escapes(b"a\\nb\\u00e9\\ud83d\\ude00\"", 0),
            Ok((raw.len() + 1, true))
        );
        assert_eq!(scan_noting_escapes(b"plain\"", 0), Ok((6, false)));
        assert_eq!(decode(raw, true), "a\nb\u{e9}\u{1F600}");
    }
}
