//! Strict UTF-8 validation of one multi-byte sequence (mirrors Java `scan.Utf8`).
//!
//! The rules are those of `str::from_utf8` (no overlong forms, no encoded surrogates, nothing
//! above U+10FFFF); the Java side restates them byte by byte so that both engines reject exactly
//! the same bytes. The tests hold this function to `str::from_utf8` itself.

/// Validates the multi-byte sequence whose lead byte is at `p` (a byte of 0x80 or above) and
/// returns the position after it, or `None` when the bytes are not valid UTF-8 (including a
/// sequence cut off by the end of `buf`).
pub(crate) fn skip_multi_byte(buf: &[u8], p: usize) -> Option<usize> {
    let lead = buf[p];
    let (length, lo, hi) = match lead {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        _ => return None,
    };
    if !continuation(buf, p + 1, lo, hi) {
        return None;
    }
    for i in 2..length {
        if !continuation(buf, p + i, 0x80, 0xBF) {
            return None;
        }
    }
    Some(p + length)
}

fn continuation(buf: &[u8], p: usize, lo: u8, hi: u8) -> bool {
    match buf.get(p) {
        Some(&b) => b >= lo && b <= hi,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDARIES: [u8; 8] = [0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0];

    /// Every lead byte, every second byte and the boundary values of the third and fourth byte,
    /// against the standard library's validator (the Java test does the same against the JDK's).
    #[test]
    fn agrees_with_str_from_utf8_on_every_short_sequence() {
        let mut disagreements = Vec::new();
        for lead in 0x80..=0xFFu8 {
            for second in 0x7F..=0xFFu8 {
                for &third in &BOUNDARIES {
                    for &fourth in &BOUNDARIES {
                        let bytes = [lead, second, third, fourth];
                        let ours = whole_is_valid(&bytes);
                        let std = std::str::from_utf8(&bytes).is_ok();
                        if ours != std {
                            disagreements.push(bytes);
                        }
                    }
                }
            }
        }
        assert!(disagreements.is_empty(), "{:02x?}", disagreements);
    }

    #[test]
    fn returns_the_position_after_the_sequence() {
        let buf = [0xC3, 0xA9, 0xE4, 0xB8, 0xAD, 0xF0, 0x9F, 0x98, 0x80];
        assert_eq!(skip_multi_byte(&buf, 0), Some(2));
        assert_eq!(skip_multi_byte(&buf, 2), Some(5));
        assert_eq!(skip_multi_byte(&buf, 5), Some(9));
        assert_eq!(skip_multi_byte(&buf[..8], 5), None, "cut off by the end");
    }

    /// The bytes read as this module reads string contents: ASCII one by one, the rest by sequence.
    fn whole_is_valid(bytes: &[u8]) -> bool {
        let mut p = 0;
        while p < bytes.len() {
            if bytes[p] < 0x80 {
                p += 1;
                continue;
            }
            match skip_multi_byte(bytes, p) {
                Some(next) => p = next,
                None => return false,
            }
        }
        true
    }
}
