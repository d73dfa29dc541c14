//! Phase 2's first half (mirrors Java `report.MessagePricer`, `PricedMessage`, `PricingNotes`
//! and `ModelPricing`): dates each message in the report zone, drops those outside the date
//! filter, prices the rest, and notes how each model was priced.

use super::date_filter::DateFilter;
use super::text_order::{sort_utf16, JavaStr};
use super::usage::{TokenTotals, Usage};
use crate::fast_hash::{FastHashMap, FastHashSet};
use crate::model::UsageMessage;
use crate::pricing::{self, CostMode, Resolution};
use crate::zone::ZoneTable;

/// A message inside the report's date range, with its local day and its cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PricedMessage<'a> {
    pub message: &'a UsageMessage,
    pub epoch_day: i64,
    pub cost_picos: u128,
}

impl PricedMessage<'_> {
    /// The message as a one-message usage.
    pub fn usage(&self) -> Usage {
        Usage {
            tokens: TokenTotals::of(self.message),
            messages: 1,
            cost_picos: self.cost_picos,
        }
    }
}

/// How a model in a report was priced: the price-table key and rule, or unpriced (no key,
/// match `unpriced`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelPricing {
    pub model: String,
    pub matched_key: Option<String>,
    pub match_id: &'static str,
}

/// The pricing side of a report: how each model in it resolved (sorted by model id), and the
/// models whose cost is 0 only because they needed a price and found none (sorted).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PricingNotes {
    pub models: Vec<ModelPricing>,
    pub unpriced: Vec<String>,
}

/// The priced messages in input order, and the pricing notes of the models they use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Priced<'a> {
    pub messages: Vec<PricedMessage<'a>>,
    pub notes: PricingNotes,
}

/// How messages are priced: the resolver (called once per distinct model id among the messages
/// kept), the cost mode, the report zone and the date filter.
pub struct MessagePricer<'z, R> {
    pub resolve: R,
    pub mode: CostMode,
    pub zone: &'z ZoneTable,
    pub filter: DateFilter,
}

impl<'z, R: FnMut(&str) -> Resolution> MessagePricer<'z, R> {
    /// Java's `MessagePricer.price`, in input order.
    pub fn price<'a, I>(mut self, messages: I) -> Priced<'a>
    where
        I: IntoIterator<Item = &'a UsageMessage>,
    {
        let messages = messages.into_iter();
        let mut priced = Vec::with_capacity(messages.size_hint().0);
        let mut used: FastHashMap<&'a str, Resolution> = FastHashMap::default();
        let mut unpriced: FastHashSet<&'a str> = FastHashSet::default();
        for m in messages {
            let day = self.zone.epoch_day(m.timestamp_ms);
            if !self.filter.includes(day) {
                continue;
            }
            let resolve = &mut self.resolve;
            let resolution = used
                .entry(m.model_id.as_str())
                .or_insert_with(|| resolve(&m.model_id));
            let outcome = pricing::cost(m, resolution.rates.as_ref(), self.mode);
            if outcome.missing_price {
                unpriced.insert(&m.model_id);
            }
            priced.push(PricedMessage {
                message: m,
                epoch_day: day,
                cost_picos: outcome.cost_picos,
            });
        }
        Priced {
            messages: priced,
            notes: notes(used, unpriced),
        }
    }
}

/// The notes in Java's `TreeMap`/`TreeSet` orders (by model id).
fn notes(used: FastHashMap<&str, Resolution>, unpriced: FastHashSet<&str>) -> PricingNotes {
    let mut resolutions: Vec<(&str, Resolution)> = used.into_iter().collect();
    resolutions.sort_by(|a, b| JavaStr(a.0).cmp(&JavaStr(b.0)));
    let models = resolutions
        .into_iter()
        .map(|(_, r)| ModelPricing {
            model: r.model_id,
            matched_key: r.matched_key,
            match_id: r.how.id(),
        })
        .collect();
    let mut unpriced: Vec<&str> = unpriced.into_iter().collect();
    sort_utf16(&mut unpriced);
    PricingNotes {
        models,
        unpriced: unpriced.into_iter().map(str::to_string).collect(),
    }
}
