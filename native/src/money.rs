//! Exact amounts of US dollars in integer picodollars, 10^-12 USD (mirrors Java
//! `scan.DecimalAmount` and `model.Money`).
//!
//! Every cost is an integer count of picodollars so that sums do not depend on the order of
//! addition, the thread count or the engine (SPEC §7). Rates and reported costs arrive as decimal
//! text; [`to_picos`] converts them exactly, rounding half to even at the twelfth decimal,
//! without going through binary floating point (vectors: `testdata/amounts/cases.tsv`). A single
//! amount is below 10^18 picodollars and fits an `i64`; products and sums are `u128` (Java's
//! `Money` is the same 128-bit count in two longs).
//!
//! Text is read as bytes where Java reads characters: only ASCII text can be an amount, and a
//! non-ASCII byte fails every rule just as a non-ASCII character does.

use crate::json::number::is_json_number;
use std::borrow::Cow;

/// Returned when the text is not a non-negative decimal amount within range.
pub const NOT_AN_AMOUNT: i64 = -1;

const PICO_DIGITS: i64 = 12;
/// Picodollar values have at most 18 digits, so they always fit an `i64`.
const MAX_DIGITS: usize = 18;
/// Exponents saturate here. The bound is far beyond any text length (and so beyond any count of
/// digits), so a saturated exponent gives the same answer as the exact one: too large, or
/// rounded to 0. It also keeps every shift computation far inside an `i64`.
const EXPONENT_LIMIT: i64 = 1_000_000_000_000;
/// The digits of an amount this long or shorter are gathered on the stack: amounts are read once
/// per row of a usage export, and nearly all are short.
const STACK_DIGITS: usize = 32;

/// Converts a non-negative decimal in JSON number syntax (`12`, `0.0074`, `3e-06`; no leading
/// zeros, no `+`, no surrounding spaces) to picodollars, or [`NOT_AN_AMOUNT`] when it is negative
/// (any `-` sign, even on zero), not a JSON number, or too large: a single amount must stay below
/// 10^18 picodollars (one million dollars), after rounding.
pub fn to_picos(text: &str) -> i64 {
    if text.is_empty() || text.starts_with('-') || !is_json_number(text) {
        return NOT_AN_AMOUNT;
    }
    // The grammar is checked: what follows only splits the literal into its parts.
    let s = text.as_bytes();
    let mut p = 0;
    let mut on_stack = [0u8; STACK_DIGITS];
    let mut on_heap = Vec::new();
    let buffer: &mut [u8] = if s.len() <= STACK_DIGITS {
        &mut on_stack
    } else {
        on_heap.resize(s.len(), 0);
        &mut on_heap
    };
    let mut count = 0;
    while p < s.len() && s[p].is_ascii_digit() {
        buffer[count] = s[p];
        count += 1;
        p += 1;
    }
    let mut fraction_digits: i64 = 0;
    if p < s.len() && s[p] == b'.' {
        p += 1;
        while p < s.len() && s[p].is_ascii_digit() {
            buffer[count] = s[p];
            count += 1;
            p += 1;
            fraction_digits += 1;
        }
    }
    let digits = &buffer[..count];
    let mut exponent: i64 = 0;
    if p < s.len() {
        p += 1; // 'e' or 'E'
        let negative = s[p] == b'-';
        if s[p] == b'+' || negative {
            p += 1;
        }
        for &c in &s[p..] {
            exponent = (exponent * 10 + i64::from(c - b'0')).min(EXPONENT_LIMIT);
        }
        if negative {
            exponent = -exponent;
        }
    }
    let first_non_zero = digits
        .iter()
        .position(|&d| d != b'0')
        .unwrap_or(digits.len());
    scale(
        &digits[first_non_zero..],
        exponent - fraction_digits + PICO_DIGITS,
    )
}

/// A Cursor CSV cost cell: a decimal as [`to_picos`] reads it, optionally preceded by `$` and with
/// thousands separators in the integer part (`1,234.50`: one to three digits, then groups of
/// exactly three). Surrounding ASCII whitespace (space, tab, LF, CR, FF) is ignored. Anything else
/// (`Included`, `-`, `Free`, empty, a decimal comma like `0,5`) is [`NOT_AN_AMOUNT`].
pub fn csv_cell_to_picos(cell: &str) -> i64 {
    let mut text = cell.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}'));
    if let Some(rest) = text.strip_prefix('$') {
        text = rest;
    }
    match without_thousands_separators(text) {
        Some(plain) => to_picos(&plain),
        None => NOT_AN_AMOUNT,
    }
}

/// digits × 10^shift (digits without leading zeros), rounded half to even, or
/// [`NOT_AN_AMOUNT`] when 10^18 or more.
fn scale(digits: &[u8], shift: i64) -> i64 {
    if digits.is_empty() {
        return 0;
    }
    if shift >= 0 {
        // No leading zeros, so the result has exactly length + shift digits.
        if digits.len() as i64 + shift > MAX_DIGITS as i64 {
            return NOT_AN_AMOUNT;
        }
        return value_of(digits) * 10_i64.pow(shift as u32);
    }
    let drop = -shift;
    if drop > digits.len() as i64 {
        // The value is below 0.1 picodollar: it rounds to 0.
        return 0;
    }
    let keep = digits.len() - drop as usize;
    if keep > MAX_DIGITS {
        return NOT_AN_AMOUNT;
    }
    let mut value = value_of(&digits[..keep]);
    let first_dropped = digits[keep] - b'0';
    let rest_non_zero = digits[keep + 1..].iter().any(|&d| d != b'0');
    let round_up = first_dropped > 5 || (first_dropped == 5 && (rest_non_zero || value & 1 == 1));
    if round_up {
        value += 1;
        if value >= 1_000_000_000_000_000_000 {
            return NOT_AN_AMOUNT;
        }
    }
    value
}

/// The value of at most 18 ASCII digits.
fn value_of(digits: &[u8]) -> i64 {
    digits
        .iter()
        .fold(0, |value, &d| value * 10 + i64::from(d - b'0'))
}

/// The text with the commas of its integer part removed, when they are thousands separators;
/// `None` when a comma is anywhere else or a group has the wrong length.
fn without_thousands_separators(text: &str) -> Option<Cow<'_, str>> {
    if !text.contains(',') {
        return Some(Cow::Borrowed(text));
    }
    let int_end = text
        .bytes()
        .position(|c| !(c.is_ascii_digit() || c == b','))
        .unwrap_or(text.len());
    if text[int_end..].contains(',') {
        return None;
    }
    let mut groups = text[..int_end].split(',');
    let lead = groups.next().unwrap_or("");
    if lead.is_empty() || lead.len() > 3 {
        return None;
    }
    let mut plain = lead.to_string();
    for group in groups {
        if group.len() != 3 {
            return None;
        }
        plain.push_str(group);
    }
    plain.push_str(&text[int_end..]);
    Some(Cow::Owned(plain))
}

// -------------------------------------------------------------------------------------------
// 128-bit amounts (Java model.Money)

/// `tokens × rate_picos`, exactly; both must be non-negative (a negative factor is a bug in the
/// caller, as Java's `IllegalArgumentException` says).
pub fn product(tokens: i64, rate_picos: i64) -> u128 {
    assert!(tokens >= 0 && rate_picos >= 0, "negative factor");
    tokens as u128 * rate_picos as u128
}

/// An amount divided by a positive count, rounded down to the picodollar.
pub fn divided_by(picos: u128, divisor: u64) -> u128 {
    picos / u128::from(divisor)
}

/// Parses the decimal picodollar count written by [`picos_text`]: ASCII digits only, within
/// `u128`; `None` otherwise.
pub fn of_picos_text(digits: &str) -> Option<u128> {
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The picodollar count in decimal digits (how reports cross from the native engine).
pub fn picos_text(picos: u128) -> String {
    picos.to_string()
}

/// The amount in dollars, exact, without trailing zeros (`12.3456`, `10`, `0`): Java's
/// `BigDecimal.valueOf(picos, 12).stripTrailingZeros().toPlainString()`. Signed, so that it also
/// prints any `i64` picodollar value the way Java does.
pub fn usd_text(picos: i128) -> String {
    let sign = if picos < 0 { "-" } else { "" };
    let magnitude = picos.unsigned_abs();
    let unit = 10u128.pow(PICO_DIGITS as u32);
    let whole = magnitude / unit;
    let fraction = format!("{:012}", magnitude % unit);
    let fraction = fraction.trim_end_matches('0');
    if magnitude == 0 {
        "0".to_string()
    } else if fraction.is_empty() {
        format!("{}{}", sign, whole)
    } else {
        format!("{}{}.{}", sign, whole, fraction)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_picos_rounds_half_to_even_at_the_twelfth_decimal() {
        assert_eq!(to_picos("0.0000000000005"), 0);
        assert_eq!(to_picos("0.0000000000015"), 2);
        assert_eq!(to_picos("0.00000000000050001"), 1);
        assert_eq!(to_picos("0.0000000000025"), 2);
        assert_eq!(to_picos("5e-13"), 0);
        assert_eq!(to_picos("6e-13"), 1);
        assert_eq!(to_picos("1e-14"), 0);
    }

    #[test]
    fn to_picos_reads_literals_longer_than_its_stack_buffer() {
        let long = "0.000000000000500000000000000000000001";
        assert!(long.len() > STACK_DIGITS);
        assert_eq!(to_picos(long), 1);
        assert_eq!(to_picos("0.000000000000500000000000000000000000"), 0);
        assert_eq!(to_picos(&"9".repeat(STACK_DIGITS + 1)), NOT_AN_AMOUNT);
        assert_eq!(
            to_picos(&format!("{}e-{}", "1".repeat(40), 40)),
            111_111_111_111
        );
    }

    #[test]
    fn to_picos_bounds_and_grammar() {
        assert_eq!(to_picos("999999.9999999999995"), NOT_AN_AMOUNT);
        assert_eq!(to_picos("999999.9999999999994"), 999_999_999_999_999_999);
        assert_eq!(to_picos("1000000"), NOT_AN_AMOUNT);
        assert_eq!(to_picos("1e999999999999999999999"), NOT_AN_AMOUNT);
        assert_eq!(to_picos("1e-999999999999999999999"), 0);
        assert_eq!(to_picos("0e999999999999"), 0);
        assert_eq!(to_picos("-0"), NOT_AN_AMOUNT);
        assert_eq!(to_picos("01"), NOT_AN_AMOUNT);
        assert_eq!(to_picos("\u{661}"), NOT_AN_AMOUNT);
    }

    #[test]
    fn csv_cells() {
        assert_eq!(csv_cell_to_picos(" $1,234.50\t"), 1_234_500_000_000_000);
        assert_eq!(csv_cell_to_picos("1,23"), NOT_AN_AMOUNT);
        assert_eq!(csv_cell_to_picos(",123"), NOT_AN_AMOUNT);
        assert_eq!(csv_cell_to_picos("1234,567"), NOT_AN_AMOUNT);
        assert_eq!(csv_cell_to_picos("1,234,"), NOT_AN_AMOUNT);
        assert_eq!(
            csv_cell_to_picos("\u{b}1"),
            NOT_AN_AMOUNT,
            "VT is not trimmed"
        );
        assert_eq!(
            csv_cell_to_picos("\u{a0}1"),
            NOT_AN_AMOUNT,
            "NBSP is not trimmed"
        );
        assert_eq!(csv_cell_to_picos("$$1"), NOT_AN_AMOUNT);
        assert_eq!(csv_cell_to_picos("1,000e2"), 100_000_000_000_000_000);
        assert_eq!(csv_cell_to_picos("1,000e3"), NOT_AN_AMOUNT);
    }

    #[test]
    fn products_and_texts() {
        assert_eq!(
            product(i64::MAX, 999_999_999_999_999_999),
            i64::MAX as u128 * 999_999_999_999_999_999
        );
        assert_eq!(divided_by(10, 3), 3);
        assert_eq!(of_picos_text(&u128::MAX.to_string()), Some(u128::MAX));
        assert_eq!(
            of_picos_text("340282366920938463463374607431768211456"),
            None
        );
        assert_eq!(of_picos_text("-1"), None);
        assert_eq!(of_picos_text("+1"), None);
        assert_eq!(picos_text(42), "42");
    }

    #[test]
    fn usd_text_is_the_stripped_plain_decimal() {
        assert_eq!(usd_text(0), "0");
        assert_eq!(usd_text(1), "0.000000000001");
        assert_eq!(usd_text(1_000_000_000_000), "1");
        assert_eq!(usd_text(10_000_000_000_000), "10");
        assert_eq!(usd_text(12_345_600_000_000), "12.3456");
        assert_eq!(usd_text(-2), "-0.000000000002");
    }

    #[test]
    #[should_panic(expected = "negative factor")]
    fn product_of_a_negative_factor_is_a_bug() {
        let _ = product(-1, 1);
    }
}
