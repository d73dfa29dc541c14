//! The price table handed over by Java (mirrors Java `pricing.PriceTable`; the binary layout is
//! `docs/abi.md`, "Price table", written by Java's `engine.NativePayloads.priceTable`).
//!
//! Keys are kept in Java's `TreeMap` order, which compares UTF-16 code units, not Rust's byte
//! (code point) order: the two differ for keys with characters above U+FFFF, and the boundary
//! rule's "latest date" walks the keys in order, so the native table sorts exactly as Java does.

use super::rates::{ModelRates, ABSENT};
use crate::binary::LeReader;
use std::cmp::Ordering;

/// Bytes of one entry besides its key: the key length and ten `i64` rates.
const ENTRY_FIXED_BYTES: usize = 4 + 10 * 8;

/// LiteLLM model keys (chat models only) to their rates, sorted as Java sorts them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PriceTable {
    entries: Vec<(String, ModelRates)>,
}

impl PriceTable {
    /// A table of these entries, as Java's constructor builds it: sorted by key in Java's order;
    /// of repeated keys the last one wins.
    pub fn new<I: IntoIterator<Item = (String, ModelRates)>>(entries: I) -> PriceTable {
        let mut entries: Vec<(String, ModelRates)> = entries.into_iter().collect();
        // Stable, so repeated keys stay in input order and the last one is kept below.
        entries.sort_by(|a, b| java_order(&a.0, &b.0));
        let mut unique: Vec<(String, ModelRates)> = Vec::with_capacity(entries.len());
        for entry in entries {
            match unique.last_mut() {
                Some(last) if last.0 == entry.0 => *last = entry,
                _ => unique.push(entry),
            }
        }
        PriceTable { entries: unique }
    }

    /// Decodes the ABI's price table. Strict: a truncated or overlong payload, a key that is not
    /// UTF-8, keys out of Java's order or repeated, or a negative rate other than [`ABSENT`] is an
    /// error that says what and where.
    pub fn decode(bytes: &[u8]) -> Result<PriceTable, String> {
        let mut input = LeReader::new(bytes);
        let count = input.u32("entry count")? as usize;
        // The count is not trusted for the allocation: each entry takes at least 84 bytes.
        let mut entries: Vec<(String, ModelRates)> =
            Vec::with_capacity(count.min(input.remaining() / ENTRY_FIXED_BYTES));
        for index in 0..count {
            let key_len = input.u32("key length")? as usize;
            let key_bytes = input.take(key_len, "key")?;
            let key = std::str::from_utf8(key_bytes)
                .map_err(|e| format!("key of entry {} is not UTF-8: {}", index, e))?
                .to_string();
            if let Some((previous, _)) = entries.last() {
                if java_order(previous, &key) != Ordering::Less {
                    return Err(format!(
                        "key {:?} (entry {}) does not sort after {:?}: keys must be unique and in Java's order",
                        key, index, previous
                    ));
                }
            }
            let mut rates = [ABSENT; 10];
            for rate in rates.iter_mut() {
                *rate = input.i64("rate")?;
                if *rate < ABSENT {
                    return Err(format!("negative rate {} for key {:?}", rate, key));
                }
            }
            entries.push((key, ModelRates::from_array(rates)));
        }
        if input.remaining() != 0 {
            return Err(format!(
                "{} trailing bytes after {} entries",
                input.remaining(),
                count
            ));
        }
        Ok(PriceTable { entries })
    }

    /// The ABI's binary layout of this table (what Java's `NativePayloads.priceTable` writes).
    pub fn encode(&self) -> Vec<u8> {
        let key_bytes: usize = self.entries.iter().map(|(k, _)| k.len()).sum();
        let mut out = Vec::with_capacity(4 + key_bytes + self.entries.len() * ENTRY_FIXED_BYTES);
        out.extend_from_slice(&(self.entries.len() as u32).to_le_bytes());
        for (key, rates) in &self.entries {
            out.extend_from_slice(&(key.len() as u32).to_le_bytes());
            out.extend_from_slice(key.as_bytes());
            for rate in rates.to_array() {
                out.extend_from_slice(&rate.to_le_bytes());
            }
        }
        out
    }

    pub fn get(&self, key: &str) -> Option<&ModelRates> {
        self.position(key).ok().map(|i| &self.entries[i].1)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.position(key).is_ok()
    }

    /// The table's own copy of `key`, when it is a key (so that a match can borrow from the table).
    pub fn stored_key(&self, key: &str) -> Option<&str> {
        self.position(key).ok().map(|i| self.entries[i].0.as_str())
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every entry, in key order.
    pub fn entries(&self) -> &[(String, ModelRates)] {
        &self.entries
    }

    /// The entries whose keys sort strictly after `key`, in order (Java's `tailMap(key, false)`).
    pub fn entries_after(&self, key: &str) -> &[(String, ModelRates)] {
        let start = self
            .entries
            .partition_point(|(k, _)| java_order(k, key) != Ordering::Greater);
        &self.entries[start..]
    }

    fn position(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| java_order(k, key))
    }
}

/// Java's `String.compareTo`: lexicographic over UTF-16 code units. For ASCII (nearly every
/// key) that is byte order, which is checked first because it is cheaper.
pub(crate) fn java_order(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        a.cmp(b)
    } else {
        a.encode_utf16().cmp(b.encode_utf16())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rates(input: i64) -> ModelRates {
        ModelRates {
            input,
            ..ModelRates::NONE
        }
    }

    /// The payload of these entries, written as Java writes it (no sorting, no checks).
    fn payload(entries: &[(&[u8], [i64; 10])]) -> Vec<u8> {
        let mut out = (entries.len() as u32).to_le_bytes().to_vec();
        for (key, rates) in entries {
            out.extend_from_slice(&(key.len() as u32).to_le_bytes());
            out.extend_from_slice(key);
            for rate in rates {
                out.extend_from_slice(&rate.to_le_bytes());
            }
        }
        out
    }

    #[test]
    fn decodes_what_java_writes() {
        let r = [1, 2, 3, 4, 5, -1, -1, -1, -1, 0];
        let table = PriceTable::decode(&payload(&[(b"a", r), (b"b/c", [-1; 10])])).unwrap();
        assert_eq!(table.len(), 2);
        assert_eq!(table.get("a"), Some(&ModelRates::from_array(r)));
        assert_eq!(table.get("b/c"), Some(&ModelRates::NONE));
        assert_eq!(table.get("c"), None);
        assert!(table.contains("a") && !table.contains("A"));
        assert_eq!(PriceTable::decode(&table.encode()), Ok(table));
    }

    #[test]
    fn an_empty_table_is_four_zero_bytes() {
        let table = PriceTable::decode(&[0, 0, 0, 0]).unwrap();
        assert!(table.is_empty());
        assert_eq!(table.encode(), [0, 0, 0, 0]);
    }

    #[test]
    fn truncation_anywhere_is_an_error() {
        let full = payload(&[(b"gpt-5", [7; 10]), (b"o3", [8; 10])]);
        for len in 0..full.len() {
            let err = PriceTable::decode(&full[..len]).unwrap_err();
            assert!(err.contains("truncated"), "{}: {}", len, err);
        }
        let mut huge_count = full.clone();
        huge_count[..4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(PriceTable::decode(&huge_count)
            .unwrap_err()
            .contains("truncated"));
    }

    #[test]
    fn trailing_bytes_are_an_error() {
        let mut bytes = payload(&[(b"a", [1; 10])]);
        bytes.push(0);
        assert_eq!(
            PriceTable::decode(&bytes),
            Err("1 trailing bytes after 1 entries".to_string())
        );
    }

    #[test]
    fn keys_must_be_utf8() {
        let err = PriceTable::decode(&payload(&[(b"a\xff", [1; 10])])).unwrap_err();
        assert!(err.contains("not UTF-8"), "{}", err);
    }

    #[test]
    fn keys_must_be_unique_and_sorted() {
        let unsorted = PriceTable::decode(&payload(&[(b"b", [1; 10]), (b"a", [1; 10])]));
        assert!(unsorted.unwrap_err().contains("does not sort after"));
        let repeated = PriceTable::decode(&payload(&[(b"a", [1; 10]), (b"a", [1; 10])]));
        assert!(repeated.unwrap_err().contains("does not sort after"));
    }

    #[test]
    fn only_absent_may_be_negative() {
        let mut r = [ABSENT; 10];
        r[3] = -2;
        let err = PriceTable::decode(&payload(&[(b"a", r)])).unwrap_err();
        assert_eq!(err, "negative rate -2 for key \"a\"");
    }

    #[test]
    fn keys_sort_by_utf16_code_units_as_in_java() {
        // U+FF21 is one code unit 0xFF21; U+1F600 is the surrogate pair 0xD83D 0xDE00. Java sorts
        // the emoji first, byte order the other way round.
        let emoji = "m\u{1F600}";
        let fullwidth = "m\u{FF21}";
        assert_eq!(java_order(emoji, fullwidth), Ordering::Less);
        assert_eq!(emoji.cmp(fullwidth), Ordering::Greater);
        let java_sorted = payload(&[(emoji.as_bytes(), [1; 10]), (fullwidth.as_bytes(), [2; 10])]);
        let table = PriceTable::decode(&java_sorted).unwrap();
        assert_eq!(table.get(fullwidth), Some(&ModelRates::from_array([2; 10])));
        assert_eq!(table.get(emoji), Some(&ModelRates::from_array([1; 10])));
        let byte_sorted = payload(&[(fullwidth.as_bytes(), [2; 10]), (emoji.as_bytes(), [1; 10])]);
        assert!(PriceTable::decode(&byte_sorted).is_err());
    }

    #[test]
    fn new_sorts_and_keeps_the_last_of_repeated_keys() {
        let table = PriceTable::new(vec![
            ("b".to_string(), rates(1)),
            ("a".to_string(), rates(2)),
            ("b".to_string(), rates(3)),
        ]);
        let keys: Vec<&str> = table.entries().iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["a", "b"]);
        assert_eq!(table.get("b"), Some(&rates(3)));
    }

    #[test]
    fn entries_after_is_the_strict_tail() {
        let table = PriceTable::new(
            ["a", "a-1", "a-2", "b"]
                .iter()
                .map(|k| (k.to_string(), rates(0))),
        );
        let tail: Vec<&str> = table
            .entries_after("a-")
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(tail, ["a-1", "a-2", "b"]);
        assert_eq!(table.entries_after("a-1")[0].0, "a-2");
        assert!(table.entries_after("b").is_empty());
    }
}
