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
use crate::model::UsageMessage;
use std::collections::{HashMap, HashSet};

/// The kept messages in record order, and how many records were dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deduped {
    pub messages: Vec<UsageMessage>,
    pub duplicates: u64,
}

/// Applies the rules to `records`, which are in record order.
pub fn apply(records: Vec<ClaudeUsage>) -> Deduped {
    let (kept, duplicates) = kept_flags(&records);
    let messages = records
        .into_iter()
        .zip(kept)
        .filter(|(_, kept)| *kept)
        .map(|(record, _)| record.message)
        .collect();
    Deduped {
        messages,
        duplicates,
    }
}

/// Which records are kept, and how many were dropped.
fn kept_flags(records: &[ClaudeUsage]) -> (Vec<bool>, u64) {
    let main_chain_ids = main_chain_ids(records);
    let mut kept = vec![false; records.len()];
    let mut best_by_key: HashMap<(&str, Option<&str>), usize> = HashMap::new();
    let mut duplicates = 0;
    for (i, record) in records.iter().enumerate() {
        let message_id = match record.message_id.as_deref() {
            Some(id) => id,
            None => {
                kept[i] = true;
                continue;
            }
        };
        if record.sidechain && main_chain_ids.contains(message_id) {
            duplicates += 1;
            continue;
        }
        let key = (message_id, record.request_id.as_deref());
        let best = match best_by_key.get(&key) {
            Some(&best) => best,
            None => {
                best_by_key.insert(key, i);
                kept[i] = true;
                continue;
            }
        };
        duplicates += 1;
        // ">=": on equal totals the later copy wins (streamed lines end with the final one).
        if record.message.total_tokens() >= records[best].message.total_tokens() {
            kept[best] = false;
            kept[i] = true;
            best_by_key.insert(key, i);
        }
    }
    (kept, duplicates)
}

fn main_chain_ids(records: &[ClaudeUsage]) -> HashSet<&str> {
    records
        .iter()
        .filter(|record| !record.sidechain)
        .filter_map(|record| record.message_id.as_deref())
        .collect()
}
