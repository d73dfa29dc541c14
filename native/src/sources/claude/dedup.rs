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

use super::mapping::{ClaudeUsage, MessageTexts};
use super::records::KeyHashes;
use super::records::Records;
use crate::fast_hash::{FastHashMap, FastHashSet, Prehashed};
use crate::model::UsageMessage;

/// The kept messages in record order, and how many records were dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deduped {
    pub messages: Vec<UsageMessage>,
    pub duplicates: u64,
}

/// Applies the rules to every file's records; `files` are in record order.
pub fn apply(files: Vec<Records>) -> Deduped {
    let (kept, duplicates) = kept_flags(&files);
    let messages = kept_messages(files, &kept);
    Deduped {
        messages,
        duplicates,
    }
}

/// The messages of the kept records, in record order. When the merge runs on the parse pool,
/// the files are cut in two halves of about as many records, converted on two threads and then
/// joined in order.
fn kept_messages(files: Vec<Records>, kept: &[bool]) -> Vec<UsageMessage> {
    let count = kept.iter().filter(|&&k| k).count();
    if rayon::current_thread_index().is_none() {
        return messages_of(files, kept, count);
    }
    let mut split = 0;
    let mut first_records = 0;
    while split < files.len() && first_records < kept.len() / 2 {
        first_records += files[split].len();
        split += 1;
    }
    let mut second = files;
    let first: Vec<Records> = second.drain(..split).collect();
    let (first_kept, second_kept) = kept.split_at(first_records);
    let (mut messages, mut rest) = rayon::join(
        // Room for all, so that the second half is appended without moving the first.
        || messages_of(first, first_kept, count),
        || messages_of(second, second_kept, 0),
    );
    messages.append(&mut rest);
    messages
}

/// The messages of the kept records of `files` (`kept` holds their flags in record order), in a
/// vector with room for `capacity`.
fn messages_of(files: Vec<Records>, kept: &[bool], capacity: usize) -> Vec<UsageMessage> {
    let mut messages = Vec::with_capacity(capacity);
    let mut flags = kept.iter();
    let mut texts = MessageTexts::default();
    // Each file is freed as soon as its kept messages are out, so that the records and the
    // messages are not both held whole.
    for file in files {
        for record in file.iter() {
            if flags.next() == Some(&true) {
                messages.push(record.to_message(&mut texts));
            }
        }
    }
    messages
}

/// A copy's key: (`message.id`, `requestId` or none).
type Key<'a> = (&'a str, Option<&'a str>);

/// Which records are kept (indexed over all files in record order), and how many were dropped.
///
/// The rules only ever compare records with the same `message.id`, so the records are split in
/// two shards by a bit of that id's hash and each shard is decided on its own, exactly as if it
/// were the whole input: the flags do not depend on the split. When the merge runs on the parse
/// pool the shards are decided on two of its threads.
fn kept_flags(files: &[Records]) -> (Vec<bool>, u64) {
    let shard = |s| shard_flags(files, s);
    let ((mut kept, duplicates), (other_kept, other_duplicates)) =
        if rayon::current_thread_index().is_some() {
            rayon::join(|| shard(0), || shard(1))
        } else {
            (shard(0), shard(1))
        };
    for (k, other) in kept.iter_mut().zip(other_kept) {
        *k |= other;
    }
    (kept, duplicates + other_duplicates)
}

/// The shard (0 or 1) of a record; records without `message.id`, always kept, are in shard 0.
fn shard_of(hashes: KeyHashes) -> u8 {
    // A middle bit: the maps index by the low bits and tag by the top ones.
    (hashes.message_id >> 32 & 1) as u8
}

/// Every record of one shard, with its index over all files in record order.
fn shard_records(
    files: &[Records],
    shard: u8,
) -> impl Iterator<Item = (usize, ClaudeUsage<'_>, KeyHashes)> + '_ {
    let starts = files.iter().scan(0, |start, file| {
        let first = *start;
        *start += file.len();
        Some(first)
    });
    files.iter().zip(starts).flat_map(move |(file, first)| {
        (0..file.len()).filter_map(move |i| {
            let hashes = file.hashes(i);
            if shard_of(hashes) != shard {
                return None;
            }
            Some((first + i, file.get(i), hashes))
        })
    })
}

/// The rules over one shard: flags over all records (true only for this shard's kept ones), and
/// how many of the shard's records were dropped.
fn shard_flags(files: &[Records], shard: u8) -> (Vec<bool>, u64) {
    let main_chain_ids = main_chain_ids(files, shard);
    let count = files.iter().map(Records::len).sum();
    let mut kept = vec![false; count];
    // Key -> (index of the best copy so far, its total).
    let mut best_by_key: FastHashMap<Prehashed<Key>, (usize, i64)> = FastHashMap::default();
    best_by_key.reserve(main_chain_ids.len());
    let mut duplicates = 0;
    for (i, record, hashes) in shard_records(files, shard) {
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

fn main_chain_ids(files: &[Records], shard: u8) -> FastHashSet<Prehashed<&str>> {
    shard_records(files, shard)
        .filter(|(_, record, _)| !record.sidechain)
        .filter_map(|(_, record, hashes)| {
            record.message_id.map(|id| Prehashed {
                hash: hashes.message_id,
                key: id,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::claude::line::Usage;

    /// The rules as written (one pass in record order over all records, no shards): what the
    /// sharded, pooled merge must reproduce. (kept indexes, duplicates).
    fn reference(usages: &[Vec<ClaudeUsage>]) -> (Vec<usize>, u64) {
        let all: Vec<&ClaudeUsage> = usages.iter().flatten().collect();
        let main_chain: Vec<&str> = all
            .iter()
            .filter(|u| !u.sidechain)
            .filter_map(|u| u.message_id)
            .collect();
        // (key, index of the best copy so far, its total).
        let mut best: Vec<(Key, usize, i64)> = Vec::new();
        let mut kept = vec![false; all.len()];
        let mut duplicates = 0;
        for (i, u) in all.iter().enumerate() {
            let id = match u.message_id {
                Some(id) => id,
                None => {
                    kept[i] = true;
                    continue;
                }
            };
            if u.sidechain && main_chain.contains(&id) {
                duplicates += 1;
                continue;
            }
            let key = (id, u.request_id);
            let total = u.total_tokens();
            match best.iter_mut().find(|b| b.0 == key) {
                None => {
                    best.push((key, i, total));
                    kept[i] = true;
                }
                Some(b) => {
                    duplicates += 1;
                    if total >= b.2 {
                        kept[b.1] = false;
                        kept[i] = true;
                        b.1 = i;
                        b.2 = total;
                    }
                }
            }
        }
        let kept = (0..all.len()).filter(|&i| kept[i]).collect();
        (kept, duplicates)
    }

    #[test]
    fn sharded_and_pooled_merges_keep_what_the_rules_keep_in_record_order() {
        let ids: Vec<String> = (0..60).map(|i| format!("msg_{}", i)).collect();
        let requests = [Some("req_a"), Some("req_b"), None];
        let mut seed = 42u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        let usages: Vec<Vec<ClaudeUsage>> = (0..6)
            .map(|file| {
                (0..300)
                    .map(|_| ClaudeUsage {
                        model: if next(2) == 0 { "opus" } else { "haiku" },
                        session_id: ["s1", "s2"][file % 2],
                        message_id: match next(10) {
                            0 => None,
                            _ => Some(ids[next(60) as usize].as_str()),
                        },
                        request_id: requests[next(3) as usize],
                        timestamp_ms: next(1000) as i64,
                        tokens: Usage {
                            input: next(4) as i64,
                            ..Usage::default()
                        },
                        reported_cost_picos: -1,
                        sidechain: next(3) == 0,
                        cache_write_clamped: false,
                    })
                    .collect()
            })
            .collect();
        let records = || -> Vec<Records> {
            usages
                .iter()
                .map(|file| {
                    let mut records = Records::default();
                    file.iter().for_each(|u| records.push(u));
                    records
                })
                .collect()
        };
        let (kept, duplicates) = reference(&usages);
        let all: Vec<&ClaudeUsage> = usages.iter().flatten().collect();
        let mut texts = MessageTexts::default();
        let expected: Vec<UsageMessage> = kept
            .iter()
            .map(|&i| all[i].to_message(&mut texts))
            .collect();
        assert!(duplicates > 0 && expected.len() > 100);
        let alone = apply(records());
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let pooled = pool.install(|| apply(records()));
        for deduped in [alone, pooled] {
            assert_eq!(deduped.duplicates, duplicates);
            assert_eq!(deduped.messages, expected);
        }
    }
}
