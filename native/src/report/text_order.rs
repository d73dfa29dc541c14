//! Java's `String.compareTo` order for Rust strings.
//!
//! Java compares strings by UTF-16 code units, Rust by UTF-8 bytes (code points). The two orders
//! agree except where a supplementary character (U+10000 and up, a surrogate pair 0xD800–0xDBFF
//! in UTF-16) meets one of U+E000–U+FFFF: Java puts the supplementary one first. Every list the
//! reports sort by text (`TreeMap`/`TreeSet` of model ids, the row orders) must use this order
//! to come out as Java's does.

use std::cmp::Ordering;

/// `a.compareTo(b)` in Java, as an ordering.
pub fn cmp_utf16(a: &str, b: &str) -> Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let differ = match x.iter().zip(y).position(|(p, q)| p != q) {
        Some(i) => i,
        None => return x.len().cmp(&y.len()),
    };
    // The bytes before `differ` are equal, so both strings have a character starting at the same
    // boundary at or before it, and those two characters differ: their UTF-16 units decide.
    let start = (0..=differ)
        .rev()
        .find(|&k| a.is_char_boundary(k))
        .unwrap_or(0);
    let (ca, cb) = match (a[start..].chars().next(), b[start..].chars().next()) {
        (Some(ca), Some(cb)) => (ca, cb),
        _ => return x.len().cmp(&y.len()),
    };
    let (mut ua, mut ub) = ([0u16; 2], [0u16; 2]);
    let (ua, ub): (&[u16], &[u16]) = (ca.encode_utf16(&mut ua), cb.encode_utf16(&mut ub));
    ua.cmp(ub)
}

/// A borrowed string ordered as Java orders it (for `BTreeMap`/`BTreeSet` keys and sorts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct JavaStr<'a>(pub &'a str);

impl Ord for JavaStr<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp_utf16(self.0, other.0)
    }
}

impl PartialOrd for JavaStr<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Sorts strings into Java's order.
pub fn sort_utf16(values: &mut [&str]) {
    values.sort_by(|a, b| cmp_utf16(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn java(a: &str, b: &str) -> Ordering {
        a.encode_utf16().cmp(b.encode_utf16())
    }

    #[test]
    fn supplementary_characters_sort_before_the_top_of_the_bmp() {
        assert_eq!(cmp_utf16("\u{1F600}", "\u{FF21}"), Ordering::Less);
        assert_eq!(
            "\u{1F600}".cmp("\u{FF21}"),
            Ordering::Greater,
            "Rust's own order differs"
        );
        assert_eq!(cmp_utf16("a\u{E000}", "a\u{10000}"), Ordering::Greater);
        assert_eq!(cmp_utf16("gpt", "gpt-5"), Ordering::Less);
        assert_eq!(cmp_utf16("b", "a-very-long-name"), Ordering::Greater);
        assert_eq!(cmp_utf16("same", "same"), Ordering::Equal);
    }

    #[test]
    fn agrees_with_utf16_units_on_mixed_strings() {
        let samples = [
            "",
            "a",
            "ab",
            "a\u{7f}",
            "\u{e9}",
            "\u{e9}x",
            "\u{800}",
            "\u{D7FF}",
            "\u{E000}",
            "\u{FFFF}",
            "\u{10000}",
            "\u{10FFFF}",
            "\u{1F600}a",
            "\u{1F601}",
            "z\u{1F600}",
            "z\u{FFFD}",
            "zz",
        ];
        for a in samples {
            for b in samples {
                assert_eq!(cmp_utf16(a, b), java(a, b), "{:?} vs {:?}", a, b);
            }
        }
        let mut sorted = samples.to_vec();
        sort_utf16(&mut sorted);
        assert!(sorted
            .windows(2)
            .all(|w| java(w[0], w[1]) != Ordering::Greater));
        assert!(JavaStr("\u{10000}") < JavaStr("\u{E000}"));
    }
}
