//! One message per message id (SPEC §3; mirrors Java `MessageDedup` and `Candidate`).
//!
//! Newer OpenCode versions moved messages from the JSON files into the SQLite store, and a data
//! directory that went through the migration can hold both copies. The store's copy wins over
//! any JSON file; among copies of the same kind the later one in record order wins. Kept
//! messages stay at the position of the copy that was kept. A record without an id is never
//! deduplicated.

use crate::fast_hash::FastHashMap;
use crate::model::UsageMessage;

/// A usage record before deduplication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Candidate {
    /// The message id; `None` is never deduplicated.
    pub id: Option<String>,
    /// Read from the store (whose copy of a message wins).
    pub from_store: bool,
    pub message: UsageMessage,
}

/// The kept messages, in record order; `candidates` are in record order.
pub(super) fn keep(candidates: Vec<Candidate>) -> Vec<UsageMessage> {
    let mut winner: FastHashMap<&str, usize> = FastHashMap::default();
    for (i, candidate) in candidates.iter().enumerate() {
        let id = match &candidate.id {
            Some(id) => id.as_str(),
            None => continue,
        };
        let replaces = match winner.get(id) {
            None => true,
            Some(&current) => candidate.from_store || !candidates[current].from_store,
        };
        if replaces {
            winner.insert(id, i);
        }
    }
    let kept: Vec<bool> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| c.id.as_deref().map_or(true, |id| winner[id] == i))
        .collect();
    candidates
        .into_iter()
        .zip(kept)
        .filter(|(_, kept)| *kept)
        .map(|(candidate, _)| candidate.message)
        .collect()
}
