//! The model report (mirrors Java `report.ModelAggregator`, `ModelReport`, `ModelRow`): one row
//! per (source, provider, model), in the report's total order.

use super::pricer::{Priced, PricingNotes};
use super::text_order::cmp_utf16;
use super::usage::Usage;
use crate::fast_hash::FastHashMap;
use crate::model::Source;
use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelRow<'a> {
    pub source: Source,
    pub provider: &'a str,
    pub model: &'a str,
    pub usage: Usage,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelReport<'a> {
    pub rows: Vec<ModelRow<'a>>,
    pub total: Usage,
    pub pricing: PricingNotes,
}

/// Java's `ModelAggregator.ORDER`: cost descending, total tokens descending, then source id,
/// model id and provider ascending — a total order, since (source, provider, model) is the key.
pub fn row_order(a: &ModelRow, b: &ModelRow) -> Ordering {
    b.usage
        .cost_picos
        .cmp(&a.usage.cost_picos)
        .then_with(|| b.usage.tokens.total().cmp(&a.usage.tokens.total()))
        .then_with(|| a.source.id().cmp(b.source.id()))
        .then_with(|| cmp_utf16(a.model, b.model))
        .then_with(|| cmp_utf16(a.provider, b.provider))
}

pub fn build<'a>(priced: &Priced<'a>) -> ModelReport<'a> {
    let mut groups: FastHashMap<(Source, &'a str, &'a str), Usage> = FastHashMap::default();
    let mut total = Usage::ZERO;
    for p in &priced.messages {
        let m = p.message;
        let usage = p.usage();
        groups
            .entry((m.source, m.provider_id.as_str(), m.model_id.as_str()))
            .or_insert(Usage::ZERO)
            .add(&usage);
        total.add(&usage);
    }
    let mut rows: Vec<ModelRow<'a>> = groups
        .into_iter()
        .map(|((source, provider, model), usage)| ModelRow {
            source,
            provider,
            model,
            usage,
        })
        .collect();
    rows.sort_by(row_order);
    ModelReport {
        rows,
        total,
        pricing: priced.notes.clone(),
    }
}
