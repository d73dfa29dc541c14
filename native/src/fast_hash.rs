//! A fast, non-cryptographic hasher for the hot in-memory maps (the FxHash of rustc and Firefox:
//! one multiply and rotate per word).
//!
//! std's default SipHash resists hash flooding, which matters for maps fed by an attacker over a
//! network; here the keys come from the user's own log files and a map's worst case is only a
//! slower run, while SipHash was a visible share of the merge (message ids hashed by the hundred
//! thousand). Output never depends on a map's order: maps are only looked up, or their entries
//! are sorted or summed (order-independent sums) before they are written — as the randomly
//! seeded std hasher, whose order changes on every run, already required.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// A `HashMap` with [`FastHasher`].
pub type FastHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A `HashSet` with [`FastHasher`].
pub type FastHashSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

/// `value`'s [`FastHasher`] hash.
pub fn hash_of<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut hasher = FastHasher::default();
    value.hash(&mut hasher);
    hasher.finish()
}

/// A key whose hash was computed beforehand (where it is cheaper: on the parse threads), so a
/// map only hashes a `u64`; equality still compares the keys themselves.
#[derive(Debug, Clone, Copy)]
pub struct Prehashed<K> {
    pub hash: u64,
    pub key: K,
}

impl<K: Hash> Prehashed<K> {
    pub fn new(key: K) -> Prehashed<K> {
        Prehashed {
            hash: hash_of(&key),
            key,
        }
    }
}

impl<K: PartialEq> PartialEq for Prehashed<K> {
    fn eq(&self, other: &Prehashed<K>) -> bool {
        self.hash == other.hash && self.key == other.key
    }
}

impl<K: Eq> Eq for Prehashed<K> {}

impl<K> Hash for Prehashed<K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

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

    /// A multiply only carries upward, so the low bits of the state depend on the low bits of
    /// the input alone, and hashbrown picks a bucket from the low bits: keys that differ only
    /// high up (timestamps, token totals) would share buckets. Rotating the well-mixed high
    /// bits down fixes that (what rustc-hash 2 does).
    #[inline]
    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_equal_and_near_keys_apart() {
        assert_eq!(
            hash_of(&("msg_01", Some("req_1"))),
            hash_of(&("msg_01", Some("req_1")))
        );
        assert_ne!(hash_of("msg_01"), hash_of("msg_02"));
        // The terminator std writes after a str keeps ("ab", "c") and ("a", "bc") apart.
        assert_ne!(hash_of(&("ab", "c")), hash_of(&("a", "bc")));
        assert_ne!(hash_of(&("m", None::<&str>)), hash_of(&("m", Some(""))));
    }

    #[test]
    fn keys_that_differ_only_in_high_bits_spread_over_the_low_bits() {
        let low_bits: FastHashSet<u64> =
            (0..1024u64).map(|i| hash_of(&(i << 32)) & 0x3FF).collect();
        assert!(low_bits.len() > 500, "{} distinct buckets", low_bits.len());
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

    #[test]
    fn prehashed_keys_are_equal_only_when_their_keys_are() {
        let a = Prehashed::new("msg_1");
        assert_eq!(a, Prehashed::new("msg_1"));
        // A colliding hash does not make two keys equal.
        let forged = Prehashed {
            hash: a.hash,
            key: "msg_2",
        };
        assert_ne!(a, forged);
        let mut set: FastHashSet<Prehashed<&str>> = FastHashSet::default();
        set.insert(a);
        assert!(set.contains(&Prehashed::new("msg_1")));
        assert!(!set.contains(&forged));
    }
}
