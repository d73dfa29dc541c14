//! A fast, non-cryptographic hasher for the hot in-memory maps (the FxHash of rustc and Firefox:
//! one multiply and rotate per word).
//!
//! std's default SipHash resists hash flooding, which matters for maps fed by an attacker over a
//! network; here the keys come from the user's own log files and a map's worst case is only a
//! slower run, while SipHash was a visible share of the merge (message ids hashed by the hundred
//! thousand). No map built with it is ever iterated into the output, so hash order cannot reach
//! a report.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FastHasher`].
pub type FastHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A `HashSet` with [`FastHasher`].
pub type FastHashSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash over 8-byte words.
#[derive(Debug, Clone, Copy, Default)]
pub struct FastHasher {
    hash: u64,
}

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::Hash;

    fn hash_of<T: Hash>(value: T) -> u64 {
        let mut hasher = FastHasher::default();
        value.hash(&mut hasher);
        hasher.finish()
    }

    #[test]
    fn equal_keys_hash_equal_and_near_keys_apart() {
        assert_eq!(
            hash_of(("msg_01", Some("req_1"))),
            hash_of(("msg_01", Some("req_1")))
        );
        assert_ne!(hash_of("msg_01"), hash_of("msg_02"));
        // The length prefix std writes for a str keeps ("ab", "c") and ("a", "bc") apart.
        assert_ne!(hash_of(("ab", "c")), hash_of(("a", "bc")));
        assert_ne!(hash_of(("m", None::<&str>)), hash_of(("m", Some(""))));
    }

    #[test]
    fn maps_with_it_behave_as_maps() {
        let mut map: FastHashMap<String, usize> = FastHashMap::default();
        for i in 0..1000 {
            map.insert(format!("msg_{}", i), i);
        }
        assert_eq!(map.len(), 1000);
        assert_eq!(map.get("msg_777"), Some(&777));
        assert!(!map.contains_key("msg_1000"));
    }
}
