//! Maps an OpenCode usage record to the unified message (SPEC §3; mirrors Java `UsageMapping`).
//!
//! OpenCode's five counts are already disjoint, except that newer versions put reasoning inside
//! `output`; they say so by writing `tokens.total` equal to input + output + cache read + cache
//! write. Only then is reasoning taken out of output. Without a total (OpenCode ≤ 1.1), or with a
//! total that counts reasoning on its own, reasoning stays its own bucket.

use super::message_json::{MessageFields, ValidCounts};
use crate::model::{saturating_sum, CostRule, Source, Text, UsageMessage, NO_REPORTED_COST};
use crate::money;

/// Where OpenCode did not record a provider.
pub(super) const UNKNOWN_PROVIDER: &str = "unknown";

/// The message, and whether output − reasoning went below zero (clamped; counted malformed).
pub(super) struct Mapped {
    pub message: UsageMessage,
    pub clamped: bool,
}

/// Maps a usage record whose counts are all valid (`tokens`) and whose `modelID` is a string.
pub(super) fn map(
    fields: &MessageFields,
    tokens: ValidCounts,
    session_id: Option<&str>,
    timestamp_ms: i64,
) -> Mapped {
    let mut output = tokens.output;
    let mut clamped = false;
    if reasoning_inside_output(&tokens) {
        output = tokens.output - tokens.reasoning;
        if output < 0 {
            output = 0;
            clamped = true;
        }
    }
    let message = UsageMessage {
        source: Source::OpenCode,
        model_id: Text::from(fields.model_id.as_deref().unwrap_or_default()),
        provider_id: Text::from(fields.provider_id.as_deref().unwrap_or(UNKNOWN_PROVIDER)),
        session_id: Text::from(session_id.unwrap_or_default()),
        timestamp_ms,
        input: tokens.input,
        output,
        cache_read: tokens.cache_read,
        cache_write: tokens.cache_write,
        cache_write_1h: 0,
        reasoning: tokens.reasoning,
        reported_cost_picos: reported_cost(fields.cost_text),
        cost_rule: CostRule::ReportedFirst,
    };
    Mapped { message, clamped }
}

fn reasoning_inside_output(tokens: &ValidCounts) -> bool {
    tokens.total
        == Some(saturating_sum(&[
            tokens.input,
            tokens.output,
            tokens.cache_read,
            tokens.cache_write,
        ]))
}

/// `cost` when it is a positive amount. OpenCode writes 0 both for free models and for models it
/// has no price for (custom providers, subscriptions); 0 therefore means "not priced by
/// OpenCode", and the message is priced from its tokens like any other.
fn reported_cost(cost_text: Option<&str>) -> i64 {
    match cost_text.map(money::to_picos) {
        Some(picos) if picos > 0 => picos,
        _ => NO_REPORTED_COST,
    }
}
