//! Priced messages for aggregator tests (like Java's `report.PricedMessages`): a day (UTC noon),
//! a model, tokens and a cost in picodollars, priced here without the pricing module.

use crate::model::{CostRule, Source, UsageMessage, NO_REPORTED_COST};
use crate::report::pricer::{Priced, PricedMessage, PricingNotes};
use crate::timestamps::{days_from_civil, parse_rfc3339};

/// A message at 12:00 UTC of `day` (`YYYY-MM-DD`), whose cost will be `cost` picodollars.
pub fn msg(
    source: Source,
    model: &str,
    provider: &str,
    day: &str,
    input: i64,
    output: i64,
    cost: i64,
) -> UsageMessage {
    at(
        source,
        model,
        provider,
        &format!("{}T12:00:00Z", day),
        input,
        output,
        cost,
    )
}

pub fn at(
    source: Source,
    model: &str,
    provider: &str,
    time: &str,
    input: i64,
    output: i64,
    cost: i64,
) -> UsageMessage {
    UsageMessage {
        source,
        model_id: model.into(),
        provider_id: provider.into(),
        session_id: "session".into(),
        timestamp_ms: parse_rfc3339(time).unwrap(),
        input,
        output,
        cache_read: 0,
        cache_write: 0,
        cache_write_1h: 0,
        reasoning: 0,
        reported_cost_picos: cost,
        cost_rule: CostRule::ReportedFirst,
    }
}

/// Every message priced at its reported cost (0 when none), dated in UTC.
pub fn all(messages: &[UsageMessage]) -> Priced<'_> {
    Priced {
        messages: messages
            .iter()
            .map(|m| PricedMessage {
                message: m,
                epoch_day: m.timestamp_ms.div_euclid(86_400_000),
                cost_picos: if m.reported_cost_picos == NO_REPORTED_COST {
                    0
                } else {
                    m.reported_cost_picos as u128
                },
            })
            .collect(),
        notes: PricingNotes::default(),
    }
}

pub fn day(y: i32, m: i32, d: i32) -> i64 {
    days_from_civil(y, m, d)
}
