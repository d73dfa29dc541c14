//! The contribution-graph export (mirrors Java `report.GraphAggregator` and `GraphReport`).
//!
//! Every number follows Java's computation step by step, because totals saturate: the summary's
//! token total adds each day's saturated total, while a year's adds the days bucket by bucket
//! and then saturates the sum of buckets, and the two can differ near 2^63.

use super::pricer::{Priced, PricingNotes};
use super::text_order::{cmp_utf16, sort_utf16};
use super::usage::Usage;
use crate::dump::time_text;
use crate::fast_hash::{FastHashMap, FastHashSet};
use crate::model::{saturating_add, Source};
use crate::timestamps::civil_date;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphReport<'a> {
    pub meta: Meta,
    pub summary: Summary<'a>,
    pub years: Vec<Year>,
    pub contributions: Vec<Day<'a>>,
    pub pricing: PricingNotes,
}

/// `generated_at` is the time of the newest message (not the clock); it and the dates are empty
/// when there is no data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub generated_at: String,
    pub version: String,
    pub timezone: String,
    pub date_start: String,
    pub date_end: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary<'a> {
    pub total_tokens: i64,
    pub total_cost: u128,
    /// Days with at least one message.
    pub total_days: i64,
    /// Days with a cost above zero.
    pub active_days: i64,
    /// Total cost / active days (0 when none), rounded down to the picodollar.
    pub average_per_day: u128,
    pub max_cost_in_single_day: u128,
    /// Distinct source ids, sorted.
    pub sources: Vec<&'static str>,
    /// Distinct model ids, sorted.
    pub models: Vec<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Year {
    pub year: String,
    pub total_tokens: i64,
    pub total_cost: u128,
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day<'a> {
    pub date: String,
    pub usage: Usage,
    /// 0–4 from the day's cost relative to the costliest day.
    pub intensity: u8,
    /// One entry per (source, model, provider), sorted by source id, model, provider.
    pub sources: Vec<Entry<'a>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    pub source: Source,
    pub model_id: &'a str,
    pub provider_id: &'a str,
    pub usage: Usage,
}

pub fn build<'a>(priced: &Priced<'a>, version: &str, timezone: &str) -> GraphReport<'a> {
    let mut cells: FastHashMap<(i64, Source, &'a str, &'a str), Usage> = FastHashMap::default();
    let mut sources: BTreeSet<&'static str> = BTreeSet::new();
    let mut models: FastHashSet<&'a str> = FastHashSet::default();
    let mut newest = i64::MIN;
    for p in &priced.messages {
        let m = p.message;
        cells
            .entry((p.epoch_day, m.source, &m.model_id, &m.provider_id))
            .or_insert(Usage::ZERO)
            .add(&p.usage());
        sources.insert(m.source.id());
        models.insert(&m.model_id);
        newest = newest.max(m.timestamp_ms);
    }
    let contributions = contributions(cells);
    let mut models: Vec<&'a str> = models.into_iter().collect();
    sort_utf16(&mut models);
    GraphReport {
        meta: meta(&contributions, newest, version, timezone),
        summary: summary(&contributions, sources.into_iter().collect(), models),
        years: years(&contributions),
        contributions,
        pricing: priced.notes.clone(),
    }
}

/// Days ascending by epoch day (a `TreeMap<Long, …>` in Java), entries in `ENTRY_ORDER`.
fn contributions<'a>(cells: FastHashMap<(i64, Source, &'a str, &'a str), Usage>) -> Vec<Day<'a>> {
    let mut cells: Vec<_> = cells.into_iter().collect();
    cells.sort_by(|(a, _), (b, _)| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.id().cmp(b.1.id()))
            .then_with(|| cmp_utf16(a.2, b.2))
            .then_with(|| cmp_utf16(a.3, b.3))
    });
    let mut days: Vec<(i64, Vec<Entry<'a>>)> = Vec::new();
    for ((day, source, model_id, provider_id), usage) in cells {
        if days.last().map(|d| d.0) != Some(day) {
            days.push((day, Vec::new()));
        }
        if let Some(last) = days.last_mut() {
            last.1.push(Entry {
                source,
                model_id,
                provider_id,
                usage,
            });
        }
    }
    let totals: Vec<Usage> = days
        .iter()
        .map(|(_, entries)| {
            entries
                .iter()
                .fold(Usage::ZERO, |sum, e| sum.plus(&e.usage))
        })
        .collect();
    let max = totals.iter().map(|t| t.cost_picos).max().unwrap_or(0);
    days.into_iter()
        .zip(totals)
        .map(|((day, sources), usage)| Day {
            date: civil_date(day),
            usage,
            intensity: intensity(usage.cost_picos, max),
            sources,
        })
        .collect()
}

/// Java's `GraphAggregator.intensity`: 0–4 by the day's share of the costliest day — ≥3/4 → 4,
/// ≥1/2 → 3, ≥1/4 → 2, >0 → 1 — compared exactly (4·cost against 3·max, 2·max, max), in more
/// than 128 bits as Java's `BigInteger` does.
pub fn intensity(cost: u128, max: u128) -> u8 {
    if max == 0 || cost == 0 {
        return 0;
    }
    let c4 = wide(cost, 4);
    if c4 >= wide(max, 3) {
        4
    } else if c4 >= wide(max, 2) {
        3
    } else if c4 >= wide(max, 1) {
        2
    } else {
        1
    }
}

/// `x × k` for a small `k` as (high, low) 128-bit halves, which compare as the full number.
fn wide(x: u128, k: u128) -> (u128, u128) {
    let high = ((x >> 64) * k + (((x & u128::from(u64::MAX)) * k) >> 64)) >> 64;
    (high, x.wrapping_mul(k))
}

fn meta(days: &[Day], newest: i64, version: &str, timezone: &str) -> Meta {
    let (generated_at, date_start, date_end) = match (days.first(), days.last()) {
        (Some(first), Some(last)) => (time_text(newest), first.date.clone(), last.date.clone()),
        _ => (String::new(), String::new(), String::new()),
    };
    Meta {
        generated_at,
        version: version.to_string(),
        timezone: timezone.to_string(),
        date_start,
        date_end,
    }
}

fn summary<'a>(days: &[Day], sources: Vec<&'static str>, models: Vec<&'a str>) -> Summary<'a> {
    let mut tokens = 0i64;
    let mut cost = 0u128;
    let mut max_day = 0u128;
    let mut active = 0i64;
    for day in days {
        tokens = saturating_add(tokens, day.usage.tokens.total());
        cost = cost.wrapping_add(day.usage.cost_picos);
        max_day = max_day.max(day.usage.cost_picos);
        if day.usage.cost_picos != 0 {
            active += 1;
        }
    }
    Summary {
        total_tokens: tokens,
        total_cost: cost,
        total_days: days.len() as i64,
        active_days: active,
        average_per_day: if active == 0 {
            0
        } else {
            cost / active as u128
        },
        max_cost_in_single_day: max_day,
        sources,
        models,
    }
}

/// Years ascending as text (a `TreeMap<String, …>` in Java: the date without `-MM-DD`).
fn years(days: &[Day]) -> Vec<Year> {
    let mut by_year: BTreeMap<&str, Vec<&Day>> = BTreeMap::new();
    for day in days {
        by_year
            .entry(&day.date[..day.date.len() - 6])
            .or_default()
            .push(day);
    }
    by_year
        .into_iter()
        .map(|(year, list)| {
            let total = list
                .iter()
                .fold(Usage::ZERO, |sum, day| sum.plus(&day.usage));
            Year {
                year: year.to_string(),
                total_tokens: total.tokens.total(),
                total_cost: total.cost_picos,
                start: list[0].date.clone(),
                end: list[list.len() - 1].date.clone(),
            }
        })
        .collect()
}
