//! The JSON number grammar and exact conversions of number literals (mirrors Java
//! `scan.NumberText`).
//!
//! Kept apart from the reader so that the CSV reader and `money`, which see the same kinds of
//! numbers in cells and strings, apply exactly the same rules. Functions over text work on its
//! bytes: a non-ASCII byte is never a digit, sign, point or exponent, just as Java's replacement
//! of non-ASCII characters by `?` makes them fail every rule.

use super::Malformed;
use crate::timestamps::MAX_MILLIS;

/// Scans the RFC 8259 number literal that starts at `start`:
/// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. Returns the position after the
/// longest such literal, or `None` when none starts there (`-`, `1.`, `1e`, `.5`). The literal
/// ends at the first byte that cannot continue it, so `01` scans as `0` and the caller then
/// rejects the `1` that follows.
pub fn scan_json_number(buf: &[u8], start: usize) -> Option<usize> {
    let mut p = start;
    if buf.get(p) == Some(&b'-') {
        p += 1;
    }
    match buf.get(p) {
        Some(b'0') => p += 1,
        Some(b'1'..=b'9') => p = skip_digits(buf, p),
        _ => return None,
    }
    if buf.get(p) == Some(&b'.') {
        let digits = p + 1;
        p = skip_digits(buf, digits);
        if p == digits {
            return None;
        }
    }
    if matches!(buf.get(p), Some(b'e') | Some(b'E')) {
        p += 1;
        if matches!(buf.get(p), Some(b'+') | Some(b'-')) {
            p += 1;
        }
        let digits = p;
        p = skip_digits(buf, digits);
        if p == digits {
            return None;
        }
    }
    Some(p)
}

/// True when the whole text is one JSON number literal.
pub fn is_json_number(text: &str) -> bool {
    scan_json_number(text.as_bytes(), 0) == Some(text.len())
}

/// Any number of at most this many digits fits an `i64` (2^63-1 has 19).
const SAFE_DIGITS: usize = 18;

/// The value of a literal that must be a plain non-negative integer within 0..2^63-1 (digits
/// only: no sign, fraction or exponent, no leading zero). Anything else is malformed.
pub fn non_negative_integer(literal: &[u8]) -> Result<i64, Malformed> {
    if literal.is_empty() {
        return Err(Malformed::new("empty number"));
    }
    if literal[0] == b'0' && literal.len() > 1 {
        return Err(Malformed::new("leading zero in integer"));
    }
    let mut value: i64 = 0;
    if literal.len() <= SAFE_DIGITS {
        // Nearly every count: no overflow check per digit.
        for &b in literal {
            if !b.is_ascii_digit() {
                return Err(Malformed::new("token count is not a non-negative integer"));
            }
            value = value * 10 + i64::from(b - b'0');
        }
        return Ok(value);
    }
    for &b in literal {
        if !b.is_ascii_digit() {
            return Err(Malformed::new("token count is not a non-negative integer"));
        }
        let digit = i64::from(b - b'0');
        if value > (i64::MAX - digit) / 10 {
            return Err(Malformed::new("token count above 2^63-1"));
        }
        value = value * 10 + digit;
    }
    Ok(value)
}

/// As [`non_negative_integer`], for text (CSV cells).
pub fn non_negative_integer_text(text: &str) -> Result<i64, Malformed> {
    non_negative_integer(text.as_bytes())
}

/// A millisecond time that may carry a fraction or exponent (OpenCode writes `time.created` as
/// a float): a JSON number literal, parsed as the nearest double and truncated toward zero. Not a
/// JSON number, negative, or after the year 9999: malformed. (`str::parse::<f64>` is correctly
/// rounded, like Java's `Double.parseDouble`, so both engines get the same double.)
pub fn truncated_millis(literal: &str) -> Result<i64, Malformed> {
    if !is_json_number(literal) {
        return Err(Malformed::new("time is not a number"));
    }
    let value: f64 = literal
        .parse()
        .map_err(|_| Malformed::new("time is not a number"))?;
    // Written so that NaN fails too, as in Java.
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    let out_of_range = !(value >= 0.0) || value > MAX_MILLIS as f64;
    if out_of_range {
        return Err(Malformed::new("time out of range"));
    }
    Ok(value as i64)
}

fn skip_digits(buf: &[u8], mut p: usize) -> usize {
    while buf.get(p).map_or(false, u8::is_ascii_digit) {
        p += 1;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_json_number_finds_the_end_of_the_literal() {
        let cases: &[(&str, Option<usize>)] = &[
            ("0", Some(1)),
            ("-0", Some(2)),
            ("7", Some(1)),
            ("123", Some(3)),
            ("-1.5", Some(4)),
            ("1e5", Some(3)),
            ("1E+05", Some(5)),
            ("2.5e-3", Some(6)),
            ("01", Some(1)),
            ("0.5.1", Some(3)),
            ("1x", Some(1)),
            ("12]", Some(2)),
            ("1e5e5", Some(3)),
            ("-", None),
            ("-a", None),
            ("1.", None),
            ("1.e5", None),
            ("1e", None),
            ("1e+", None),
            (".5", None),
            ("+1", None),
            ("a", None),
            ("", None),
        ];
        for &(text, expected) in cases {
            assert_eq!(scan_json_number(text.as_bytes(), 0), expected, "{:?}", text);
        }
    }

    #[test]
    fn non_negative_integer_reads_cells() {
        assert_eq!(non_negative_integer_text("0"), Ok(0));
        assert_eq!(non_negative_integer_text("42"), Ok(42));
        assert_eq!(
            non_negative_integer_text("9223372036854775807"),
            Ok(i64::MAX)
        );
        assert_eq!(
            non_negative_integer_text("999999999999999999"),
            Ok(999_999_999_999_999_999)
        );
        assert_eq!(
            non_negative_integer_text("1000000000000000000"),
            Ok(1_000_000_000_000_000_000)
        );
    }

    #[test]
    fn non_negative_integer_rejects_everything_else() {
        for cell in [
            "",
            "-1",
            "-0",
            "+1",
            "01",
            "1.0",
            "1e2",
            " 1",
            "1 ",
            "9223372036854775808",
            "99999999999999999999",
            "99999999999999999x",
            "\u{661}",
        ] {
            assert!(non_negative_integer_text(cell).is_err(), "{:?}", cell);
        }
    }

    #[test]
    fn truncated_millis_truncates_toward_zero() {
        let cases: &[(&str, i64)] = &[
            ("0", 0),
            ("-0", 0),
            ("1700000000000", 1_700_000_000_000),
            ("1700000000000.999", 1_700_000_000_000),
            ("1.7e12", 1_700_000_000_000),
            ("1.5", 1),
            ("0.9", 0),
            ("1e-400", 0),
            ("253402300799999", MAX_MILLIS),
        ];
        for &(literal, expected) in cases {
            assert_eq!(truncated_millis(literal), Ok(expected), "{:?}", literal);
        }
    }

    #[test]
    fn truncated_millis_rejects_what_is_not_a_non_negative_json_number() {
        for literal in [
            "-1",
            "-0.5",
            "1e400",
            "9.2e18",
            "NaN",
            "Infinity",
            "inf",
            "1d",
            "1f",
            " 1",
            "1 ",
            "0x1p3",
            "+1",
            ".5",
            "1.",
            "",
            "01",
            "253402300800000",
        ] {
            assert!(truncated_millis(literal).is_err(), "{:?}", literal);
        }
    }
}
