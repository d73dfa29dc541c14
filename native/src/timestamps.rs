//! Timestamps as the sources write them, to Unix milliseconds (UTC), and civil dates (mirrors
//! Java `scan.Timestamps`).
//!
//! Hand-written rather than a date library because both engines must accept and reject exactly
//! the same strings; the grammar is small and both implementations follow it digit for digit.
//!
//! [`parse_rfc3339`] accepts `YYYY-MM-DD('T'|'t'|' ')HH:MM:SS[.fraction](Z|z|±HH:MM)`, ASCII
//! digits only, nothing before or after. The fraction may have any number of digits (at least
//! one) and is truncated to milliseconds — its first three digits, never rounded, so before 1970
//! too the result moves toward the earlier time. Hours run 00–23, minutes 00–59, seconds 00–59
//! (no leap second); days are checked against the month (proleptic Gregorian leap years); years
//! are 0000–9999. The offset is `±HH:MM` with HH 00–23 and MM 00–59 (`-00:00` is UTC); local
//! time minus offset gives UTC. Vectors: `testdata/timestamps/`.
//!
//! The functions work on the text's bytes where Java works on its UTF-16 characters. Only ASCII
//! text can be accepted by either, and for ASCII text bytes and characters are the same, so both
//! give the same verdict on every string.

use crate::json::Malformed;

const MS_PER_DAY: i64 = 86_400_000;

/// 9999-12-31T23:59:59.999Z, the last instant any source may carry.
pub const MAX_MILLIS: i64 = 253_402_300_799_999;

/// Parses an RFC 3339 date-time with offset; malformed otherwise.
pub fn parse_rfc3339(text: &str) -> Result<i64, Malformed> {
    parse_local(text.as_bytes(), true)
}

/// Parses a Cursor CSV date: an RFC 3339 date-time, the same without an offset (read as UTC), or
/// a bare date (read as 12:00 UTC, the middle of the day, so that the calendar date survives any
/// report time zone within ±12 h).
pub fn parse_csv_date(text: &str) -> Result<i64, Malformed> {
    let s = text.as_bytes();
    if s.len() == 10 {
        let days = days_from_civil(year(s)?, month(s)?, day(s)?);
        return Ok(days * MS_PER_DAY + 12 * 3_600_000);
    }
    parse_local(s, false)
}

fn parse_local(s: &[u8], offset_required: bool) -> Result<i64, Malformed> {
    if s.len() < 19
        || s[4] != b'-'
        || s[7] != b'-'
        || !matches!(s[10], b'T' | b't' | b' ')
        || s[13] != b':'
        || s[16] != b':'
    {
        return Err(bad());
    }
    let (year, month, day) = (year(s)?, month(s)?, day(s)?);
    let hour = digits(s, 11, 2)?;
    let minute = digits(s, 14, 2)?;
    let second = digits(s, 17, 2)?;
    if hour > 23 || minute > 59 || second > 59 {
        return Err(bad());
    }
    let (millis, p) = fraction(s, 19)?;
    let offset_minutes = offset(s, p, offset_required)?;
    let days = days_from_civil(year, month, day);
    let seconds_of_day = i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second);
    Ok(days * MS_PER_DAY + seconds_of_day * 1000 + i64::from(millis) - offset_minutes * 60_000)
}

/// The milliseconds of an optional fraction at `p` (first three digits, truncated) and the
/// position after it.
fn fraction(s: &[u8], mut p: usize) -> Result<(i32, usize), Malformed> {
    let mut millis = 0;
    if s.get(p) != Some(&b'.') {
        return Ok((millis, p));
    }
    p += 1;
    let start = p;
    while let Some(&c) = s.get(p).filter(|c| c.is_ascii_digit()) {
        if p - start < 3 {
            millis = millis * 10 + i32::from(c - b'0');
        }
        p += 1;
    }
    if p == start {
        return Err(bad());
    }
    for _ in (p - start)..3 {
        millis *= 10;
    }
    Ok((millis, p))
}

/// The offset in minutes east of UTC written from `p` to the end: `Z`, `z`, `±HH:MM`, or nothing
/// when no offset is required (UTC).
fn offset(s: &[u8], p: usize, required: bool) -> Result<i64, Malformed> {
    let c = match s.get(p) {
        None if required => return Err(bad()),
        None => return Ok(0),
        Some(&c) => c,
    };
    if (c == b'Z' || c == b'z') && p + 1 == s.len() {
        return Ok(0);
    }
    if (c == b'+' || c == b'-') && p + 6 == s.len() && s[p + 3] == b':' {
        let oh = digits(s, p + 1, 2)?;
        let om = digits(s, p + 4, 2)?;
        if oh > 23 || om > 59 {
            return Err(bad());
        }
        let minutes = i64::from(oh) * 60 + i64::from(om);
        return Ok(if c == b'-' { -minutes } else { minutes });
    }
    Err(bad())
}

fn year(s: &[u8]) -> Result<i32, Malformed> {
    digits(s, 0, 4)
}

fn month(s: &[u8]) -> Result<i32, Malformed> {
    if s.len() < 10 || s[4] != b'-' || s[7] != b'-' {
        return Err(bad());
    }
    let month = digits(s, 5, 2)?;
    if !(1..=12).contains(&month) {
        return Err(bad());
    }
    Ok(month)
}

fn day(s: &[u8]) -> Result<i32, Malformed> {
    let day = digits(s, 8, 2)?;
    if day < 1 || day > days_in_month(year(s)?, month(s)?) {
        return Err(bad());
    }
    Ok(day)
}

/// Days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: i32) -> i32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: i32, day: i32) -> i64 {
    let y = i64::from(if month <= 2 { year - 1 } else { year });
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((month + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `YYYY-MM-DD` of a day count since 1970-01-01 (Hinnant's inverse), formatted as
/// Java's `%04d-%02d-%02d` (a negative year keeps its sign inside the width: `-001`). Wrapping
/// arithmetic, as in Java, so that no day count can panic.
pub fn civil_date(epoch_day: i64) -> String {
    let (year, month, day) = civil(epoch_day);
    format!("{:04}-{:02}-{:02}", year, month, day)
}

/// Year, month and day of a day count since 1970-01-01 (Hinnant's inverse).
pub fn civil(epoch_day: i64) -> (i64, i64, i64) {
    let z = epoch_day.wrapping_add(719_468);
    let era = z.div_euclid(146_097);
    let doe = z.wrapping_sub(era.wrapping_mul(146_097));
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe
        .wrapping_add(era.wrapping_mul(400))
        .wrapping_add(if month <= 2 { 1 } else { 0 });
    (year, month, day)
}

fn digits(s: &[u8], start: usize, count: usize) -> Result<i32, Malformed> {
    let field = s.get(start..start + count).ok_or_else(bad)?;
    let mut value = 0;
    for &c in field {
        if !c.is_ascii_digit() {
            return Err(bad());
        }
        value = value * 10 + i32::from(c - b'0');
    }
    Ok(value)
}

fn bad() -> Malformed {
    Malformed::new("timestamp is not RFC 3339")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_from_civil_and_civil_date_are_inverse() {
        for day in (-800_000..3_000_000).step_by(97) {
            let (y, m, d) = civil(day);
            assert_eq!(days_from_civil(y as i32, m as i32, d as i32), day);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(0, 1, 1), -719_528);
    }

    #[test]
    fn civil_date_formats_like_java() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(-1), "1969-12-31");
        assert_eq!(civil_date(days_from_civil(2024, 2, 29)), "2024-02-29");
        assert_eq!(civil_date(days_from_civil(0, 1, 1)), "0000-01-01");
        assert_eq!(civil_date(days_from_civil(0, 1, 1) - 1), "-001-12-31");
        assert_eq!(civil_date(days_from_civil(9999, 12, 31) + 1), "10000-01-01");
    }

    #[test]
    fn extreme_day_counts_do_not_panic() {
        let _ = civil_date(i64::MIN);
        let _ = civil_date(i64::MAX);
    }

    #[test]
    fn max_millis_is_the_last_millisecond_of_9999() {
        assert_eq!(parse_rfc3339("9999-12-31T23:59:59.999Z"), Ok(MAX_MILLIS));
    }

    #[test]
    fn days_in_month_knows_leap_years() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2025, 4), 30);
        assert_eq!(days_in_month(2025, 12), 31);
    }

    #[test]
    fn offsets_and_fractions() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00.9999Z"), Ok(999));
        assert_eq!(parse_rfc3339("1970-01-01T01:00:00+01:00"), Ok(0));
        assert_eq!(parse_rfc3339("1969-12-31T23:00:00-01:00"), Ok(0));
        assert!(parse_rfc3339("1970-01-01T00:00:00").is_err());
        assert_eq!(parse_csv_date("1970-01-01T00:00:00.5"), Ok(500));
        assert!(parse_rfc3339("1970-01-01T00:00:00+01:00 ").is_err());
        assert!(parse_rfc3339("1970-01-01T00:00:00\u{e9}").is_err());
    }
}
