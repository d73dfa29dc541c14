//! The report time zone as a table of UTC offsets (mirrors the decode side of Java
//! `report.ZoneTable`).
//!
//! Java builds the table from the JDK's tz rules and hands it over in the "Zone table" layout of
//! `docs/abi.md`, so that both engines date every message with the same offsets whatever tz
//! database this library might otherwise have seen. `offsets[i]` applies from `starts[i]` (epoch
//! seconds; the first start is `i64::MIN`) until the next start.

const MS_PER_DAY: i64 = 86_400_000;
/// One entry: i64 start, i32 offset.
const ENTRY_BYTES: usize = 12;

/// The decoded table; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneTable {
    starts: Vec<i64>,
    offsets: Vec<i32>,
}

impl ZoneTable {
    /// Reads `u32 count`, then `count` × (`i64 start`, `i32 offset`), little-endian. The bytes must
    /// be exactly that long, hold at least one entry, and list the starts in ascending order:
    /// anything else means the two sides disagree on the layout.
    pub fn decode(bytes: &[u8]) -> Result<ZoneTable, String> {
        if bytes.len() < 4 {
            return Err("zone table: truncated count".to_string());
        }
        let count = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
        let body = &bytes[4..];
        if count == 0 {
            return Err("zone table: no entries".to_string());
        }
        if body.len() / ENTRY_BYTES < count || body.len() != count * ENTRY_BYTES {
            return Err(format!(
                "zone table: {} entries need {} bytes, found {}",
                count,
                count as u64 * ENTRY_BYTES as u64,
                body.len()
            ));
        }
        let mut starts = Vec::with_capacity(count);
        let mut offsets = Vec::with_capacity(count);
        for entry in body.chunks_exact(ENTRY_BYTES) {
            let mut start = [0u8; 8];
            start.copy_from_slice(&entry[..8]);
            let mut offset = [0u8; 4];
            offset.copy_from_slice(&entry[8..]);
            starts.push(i64::from_le_bytes(start));
            offsets.push(i32::from_le_bytes(offset));
        }
        if starts.windows(2).any(|pair| pair[0] > pair[1]) {
            return Err("zone table: starts are not in ascending order".to_string());
        }
        Ok(ZoneTable { starts, offsets })
    }

    /// A zone with one fixed offset (seconds east of UTC) at all times.
    pub fn fixed(offset_seconds: i32) -> ZoneTable {
        ZoneTable {
            starts: vec![i64::MIN],
            offsets: vec![offset_seconds],
        }
    }

    /// The local calendar day (days since 1970-01-01) of a UTC instant in milliseconds, exactly
    /// as Java's `ZoneTable.epochDay`: the offset of the last start at or before the instant's
    /// second (the first entry's when none is), then a floor division. The addition wraps like
    /// Java's `long` so that no timestamp can panic.
    pub fn epoch_day(&self, timestamp_ms: i64) -> i64 {
        let seconds = timestamp_ms.div_euclid(1000);
        // Same search as Java: the last index whose start is <= seconds, or 0.
        let (mut lo, mut hi) = (0usize, self.starts.len() - 1);
        while lo < hi {
            let mid = (lo + hi + 1) / 2;
            if self.starts[mid] <= seconds {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        let local_ms = timestamp_ms.wrapping_add(i64::from(self.offsets[lo]) * 1000);
        local_ms.div_euclid(MS_PER_DAY)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timestamps::{days_from_civil, parse_rfc3339};

    fn encode(entries: &[(i64, i32)]) -> Vec<u8> {
        let mut out = (entries.len() as u32).to_le_bytes().to_vec();
        for &(start, offset) in entries {
            out.extend_from_slice(&start.to_le_bytes());
            out.extend_from_slice(&offset.to_le_bytes());
        }
        out
    }

    fn ms(text: &str) -> i64 {
        parse_rfc3339(text).unwrap()
    }

    fn seconds(text: &str) -> i64 {
        ms(text) / 1000
    }

    fn day(y: i32, m: i32, d: i32) -> i64 {
        days_from_civil(y, m, d)
    }

    /// America/New_York around 2025: EST, EDT from 2025-03-09T07:00Z, EST from 2025-11-02T06:00Z.
    fn new_york() -> ZoneTable {
        ZoneTable::decode(&encode(&[
            (i64::MIN, -5 * 3600),
            (seconds("2025-03-09T07:00:00Z"), -4 * 3600),
            (seconds("2025-11-02T06:00:00Z"), -5 * 3600),
        ]))
        .unwrap()
    }

    #[test]
    fn utc_days_are_floor_divisions() {
        let utc = ZoneTable::decode(&encode(&[(i64::MIN, 0)])).unwrap();
        assert_eq!(utc, ZoneTable::fixed(0));
        assert_eq!(utc.epoch_day(0), 0);
        assert_eq!(utc.epoch_day(86_399_999), 0);
        assert_eq!(utc.epoch_day(86_400_000), 1);
        assert_eq!(utc.epoch_day(-1), -1);
        assert_eq!(utc.epoch_day(-86_400_000), -1);
        assert_eq!(utc.epoch_day(-86_400_001), -2);
    }

    #[test]
    fn the_first_start_covers_everything_before_the_first_transition() {
        let ny = new_york();
        // 1850 and i64::MIN use the first listed offset (EST), as Java's table does.
        assert_eq!(ny.epoch_day(ms("1850-06-01T04:58:00Z")), day(1850, 5, 31));
        let _ = ny.epoch_day(i64::MIN);
        let _ = ny.epoch_day(i64::MAX);
        assert_eq!(
            ny.epoch_day(i64::MIN),
            (i64::MIN)
                .wrapping_add(-5 * 3_600_000)
                .div_euclid(MS_PER_DAY)
        );
    }

    #[test]
    fn dst_transitions_switch_the_offset_at_their_second() {
        let ny = new_york();
        // 2025-03-09T07:00Z is 03:00 EDT; a millisecond earlier is 01:59:59.999 EST, same day.
        assert_eq!(
            ny.epoch_day(ms("2025-03-09T07:00:00Z") - 1),
            day(2025, 3, 9)
        );
        // Local midnight in summer is 04:00Z; in winter 05:00Z.
        assert_eq!(
            ny.epoch_day(ms("2025-07-01T03:59:59.999Z")),
            day(2025, 6, 30)
        );
        assert_eq!(ny.epoch_day(ms("2025-07-01T04:00:00Z")), day(2025, 7, 1));
        assert_eq!(ny.epoch_day(ms("2025-12-01T04:30:00Z")), day(2025, 11, 30));
        assert_eq!(ny.epoch_day(ms("2025-12-01T05:00:00Z")), day(2025, 12, 1));
        // Back to EST at 06:00Z (02:00 EDT → 01:00 EST): still Nov 2 either side.
        assert_eq!(
            ny.epoch_day(ms("2025-11-02T05:59:59.999Z")),
            day(2025, 11, 2)
        );
        assert_eq!(ny.epoch_day(ms("2025-11-02T06:00:00Z")), day(2025, 11, 2));
        // A transition start is compared in whole seconds: the millisecond part does not count.
        let table = ZoneTable::decode(&encode(&[(i64::MIN, 0), (10, 86_400)])).unwrap();
        assert_eq!(table.epoch_day(9_999), 0);
        assert_eq!(table.epoch_day(10_000), 1);
        assert_eq!(
            table.epoch_day(-1),
            -1,
            "floor of the second, not truncation"
        );
    }

    #[test]
    fn quarter_hour_offsets_are_exact() {
        // Pacific/Chatham summer: +13:45. Local midnight of 2026-01-10 is 2026-01-09T10:15Z.
        let chatham = ZoneTable::fixed(13 * 3600 + 45 * 60);
        assert_eq!(
            chatham.epoch_day(ms("2026-01-09T10:14:59.999Z")),
            day(2026, 1, 9)
        );
        assert_eq!(
            chatham.epoch_day(ms("2026-01-09T10:15:00Z")),
            day(2026, 1, 10)
        );
        let seoul = ZoneTable::fixed(9 * 3600);
        assert_eq!(
            seoul.epoch_day(ms("2026-03-14T23:58:30Z")),
            day(2026, 3, 15)
        );
    }

    #[test]
    fn the_search_picks_the_last_start_at_or_before_the_second() {
        let entries: Vec<(i64, i32)> = std::iter::once((i64::MIN, 0))
            .chain((1..50).map(|i| (i * 1000, i as i32 * 3600)))
            .collect();
        let table = ZoneTable::decode(&encode(&entries)).unwrap();
        for s in [-5i64, 0, 999, 1000, 1001, 25_000, 48_999, 49_000, 1_000_000] {
            let expected = entries
                .iter()
                .rev()
                .find(|(start, _)| *start <= s)
                .unwrap()
                .1;
            assert_eq!(
                table.epoch_day(s * 1000),
                (s * 1000 + i64::from(expected) * 1000).div_euclid(MS_PER_DAY),
                "second {}",
                s
            );
        }
    }

    #[test]
    fn malformed_tables_are_rejected() {
        let good = encode(&[(i64::MIN, 0), (5, 3600)]);
        assert!(ZoneTable::decode(&good).is_ok());
        assert!(ZoneTable::decode(&good[..good.len() - 1]).is_err());
        let mut long = good.clone();
        long.push(0);
        assert!(ZoneTable::decode(&long).is_err());
        assert!(ZoneTable::decode(&[]).is_err());
        assert!(ZoneTable::decode(&encode(&[])).is_err());
        assert!(ZoneTable::decode(&encode(&[(5, 0), (1, 0)])).is_err());
        // A huge count must not overflow the length check.
        assert!(ZoneTable::decode(&u32::MAX.to_le_bytes()).is_err());
    }
}
