//! The monthly and daily reports (mirrors Java `report.PeriodAggregator`, `PeriodReport`,
//! `PeriodRow`): one row per period, ascending, with the models used.
//!
//! Periods are Java `TreeMap` keys, so they sort as text (`YYYY-MM` or `YYYY-MM-DD`, and for the
//! out-of-range years a date may reach, Java's text order too). Messages are first grouped by
//! local day, which needs no text per message, and days are then merged into their periods.

use super::pricer::{Priced, PricingNotes};
use super::text_order::JavaStr;
use super::usage::Usage;
use crate::fast_hash::{FastHashMap, FastHashSet};
use crate::timestamps::civil_date;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    Month,
    Day,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodRow<'a> {
    /// `YYYY-MM` or `YYYY-MM-DD`.
    pub period: String,
    /// The model ids used, sorted.
    pub models: Vec<&'a str>,
    pub usage: Usage,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodReport<'a> {
    pub granularity: Granularity,
    pub rows: Vec<PeriodRow<'a>>,
    pub total: Usage,
    pub pricing: PricingNotes,
}

/// Java's `PeriodAggregator.periodOf`: the civil date, without its day for months.
pub fn period_of(epoch_day: i64, granularity: Granularity) -> String {
    let mut date = civil_date(epoch_day);
    if granularity == Granularity::Month {
        date.truncate(date.len() - 3);
    }
    date
}

pub fn build<'a>(priced: &Priced<'a>, granularity: Granularity) -> PeriodReport<'a> {
    let mut days: FastHashMap<i64, (Usage, FastHashSet<&'a str>)> = FastHashMap::default();
    let mut total = Usage::ZERO;
    for p in &priced.messages {
        let usage = p.usage();
        let day = days
            .entry(p.epoch_day)
            .or_insert_with(|| (Usage::ZERO, FastHashSet::default()));
        day.0.add(&usage);
        day.1.insert(&p.message.model_id);
        total.add(&usage);
    }
    let mut periods: BTreeMap<String, (Usage, BTreeSet<JavaStr<'a>>)> = BTreeMap::new();
    for (day, (usage, models)) in days {
        let period = periods
            .entry(period_of(day, granularity))
            .or_insert_with(|| (Usage::ZERO, BTreeSet::new()));
        period.0.add(&usage);
        period.1.extend(models.into_iter().map(JavaStr));
    }
    // Period texts are ASCII, where byte order is Java's order.
    let rows = periods
        .into_iter()
        .map(|(period, (usage, models))| PeriodRow {
            period,
            models: models.into_iter().map(|m| m.0).collect(),
            usage,
        })
        .collect();
    PeriodReport {
        granularity,
        rows,
        total,
        pricing: priced.notes.clone(),
    }
}
