//! Finds the price-table entry of a model id (mirrors Java `pricing.ModelResolver`; the rules are
//! SPEC §5 and `docs/pricing.md` §2). First hit wins:
//!
//! 1. the exact key;
//! 2. a provider prefix removed or added ([`names::prefix_variants`]);
//! 3. the normalised name ([`names::normalised`]), exactly, then with a provider prefix removed
//!    or added;
//! 4. a key equal to a normalised name up to a word boundary ([`boundary::find`]), also after
//!    removing provider prefixes.
//!
//! No match means unpriced: a wrong price is worse than no price. Each distinct id is resolved
//! once per resolver (one per run), so the rules run per model, not per message.

use super::boundary;
use super::names;
use super::resolution::{Match, Resolution};
use super::table::PriceTable;
use std::collections::HashMap;
use std::sync::Mutex;

/// Resolves model ids against one table and remembers each answer. Shareable between threads.
#[derive(Debug)]
pub struct ModelResolver<'t> {
    table: &'t PriceTable,
    resolved: Mutex<HashMap<String, Resolution>>,
}

impl<'t> ModelResolver<'t> {
    pub fn new(table: &'t PriceTable) -> Self {
        ModelResolver {
            table,
            resolved: Mutex::new(HashMap::new()),
        }
    }

    pub fn table(&self) -> &'t PriceTable {
        self.table
    }

    /// The resolution of this id (computed on its first request, then remembered).
    pub fn resolve(&self, model_id: &str) -> Resolution {
        // A poisoned lock only means another thread panicked mid-insert of a pure result; the
        // map is still consistent, so its contents are used.
        let mut resolved = self
            .resolved
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(known) = resolved.get(model_id) {
            return known.clone();
        }
        let resolution = self.compute(model_id);
        resolved.insert(model_id.to_string(), resolution.clone());
        resolution
    }

    /// How many distinct ids have been resolved.
    #[cfg(test)]
    pub(super) fn remembered(&self) -> usize {
        self.resolved.lock().unwrap().len()
    }

    fn compute(&self, model_id: &str) -> Resolution {
        if self.table.contains(model_id) {
            return self.found(model_id, model_id, Match::Exact);
        }
        if let Some(key) = self.first_key(&names::prefix_variants(model_id)) {
            return self.found(model_id, key, Match::ProviderPrefix);
        }
        let normalised = names::normalised(model_id);
        if let Some(key) = self.first_key(&normalised_candidates(&normalised)) {
            return self.found(model_id, key, Match::Normalized);
        }
        for name in boundary_candidates(&normalised) {
            if let Some(key) = boundary::find(name, self.table) {
                return self.found(model_id, key, Match::Boundary);
            }
        }
        Resolution::unpriced(model_id)
    }

    fn first_key<'c>(&self, candidates: &'c [String]) -> Option<&'c str> {
        candidates
            .iter()
            .map(String::as_str)
            .find(|candidate| self.table.contains(candidate))
    }

    fn found(&self, model_id: &str, key: &str, how: Match) -> Resolution {
        Resolution {
            model_id: model_id.into(),
            matched_key: Some(key.to_string()),
            how,
            rates: self.table.get(key).copied(),
        }
    }
}

/// Each normalised name, followed by its own prefix variants.
fn normalised_candidates(normalised: &[String]) -> Vec<String> {
    let mut candidates = Vec::new();
    for name in normalised {
        candidates.push(name.clone());
        candidates.extend(names::prefix_variants(name));
    }
    candidates
}

/// Each normalised name, followed by its forms with provider prefixes stripped (none added).
fn boundary_candidates(normalised: &[String]) -> Vec<&str> {
    let mut candidates = Vec::new();
    for name in normalised {
        candidates.push(name.as_str());
        candidates.extend(names::stripped_forms(name));
    }
    candidates
}
