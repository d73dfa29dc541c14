//! The cross-file rules of SPEC §3, applied to every usage record of every file in record order
//! (mirrors Java `source.claude.ClaudeDedup`):
//!
//! 1. a record without `message.id` is always kept;
//! 2. sidechain replays: when any copy of a `message.id` is a main-chain record, every sidechain
//!    copy of that id is dropped, whatever its `requestId` and total;
//! 3. copies with the same key (`message.id`, `requestId` or none) are one API response written
//!    several times (streamed lines, resumed sessions, sub-agent files and progress records): the
//!    copy with the largest total is kept, the later one on a tie.
//!
//! Kept records stay at their own position in record order. The maps are only looked up, never
//! iterated, so hash order cannot reach the output.

use super::mapping::ClaudeUsage;
use super::records::KeyHashes;
use super::records::Records;
use crate::fast_hash::{FastHashMap, FastHashSet, Prehashed};
use crate::model::{Interner, UsageMessage};

/// The kept messages in record order, and how many records were dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deduped {
    pub messages: Vec<UsageMessage>,
    pub duplicates: u64,
}

/// Applies the rules to every file's records; `files` are in record order.
pub fn apply(files: Vec<Records>) -> Deduped {
    let (kept, duplicates) = kept_flags(&files);
    let mut messages = Vec::with_capacity(kept.iter().filter(|&&k| k).count());
    let mut flags = kept.into_iter();
    let mut texts = Interner::default();
    // Each file is freed as soon as its kept messages are out, so that the records and the
    // messages are not both held whole.
    for file in files {
        for record in file.iter() {
            if flags.next() == Some(true) {
                messages.push(record.to_message(&mut texts));
            }
        }
    }
    Deduped {
        messages,
        duplicates,
    }
}

/// A copy's key: (`message.id`, `requestId` or none).
type Key<'a> = (&'a str, Option<&'a str>);

/// Every record of every file, in record order, with its key hashes.
fn all_records(files: &[Records]) -> impl Iterator<Item = (ClaudeUsage<'_>, KeyHashes)> + '_ {
    files.iter().flat_map(Records::iter_hashed)
}

/// Which records are kept (indexed over all files in record order), and how many were dropped.
fn kept_flags(files: &[Records]) -> (Vec<bool>, u64) {
    let main_chain_ids = main_chain_ids(files);
    let count = files.iter().map(Records::len).sum();
    let mut kept = vec![false; count];
    // Key -> (index of the best copy so far, its total).
    let mut best_by_key: FastHashMap<Prehashed<Key>, (usize, i64)> = FastHashMap::default();
    best_by_key.reserve(main_chain_ids.len());
    let mut duplicates = 0;
    for (i, (record, hashes)) in all_records(files).enumerate() {
        let message_id = match record.message_id {
            Some(id) => id,
            None => {
                kept[i] = true;
                continue;
            }
        };
        let id = Prehashed {
            hash: hashes.message_id,
            key: message_id,
        };
        if record.sidechain && main_chain_ids.contains(&id) {
            duplicates += 1;
            continue;
        }
        let key = Prehashed {
            hash: hashes.key,
            key: (message_id, record.request_id),
        };
        let total = record.total_tokens();
        let (best, best_total) = match best_by_key.get(&key) {
            Some(&best) => best,
            None => {
                best_by_key.insert(key, (i, total));
                kept[i] = true;
                continue;
            }
        };
        duplicates += 1;
        // ">=": on equal totals the later copy wins (streamed lines end with the final one).
        if total >= best_total {
            kept[best] = false;
            kept[i] = true;
            best_by_key.insert(key, (i, total));
        }
    }
    (kept, duplicates)
}

fn main_chain_ids(files: &[Records]) -> FastHashSet<Prehashed<&str>> {
    all_records(files)
        .filter(|(record, _)| !record.sidechain)
        .filter_map(|(record, hashes)| {
            record.message_id.map(|id| Prehashed {
                hash: hashes.message_id,
                key: id,
            })
        })
        .collect()
}
