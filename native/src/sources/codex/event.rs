//! A `token_count` event with a usage object, checked against SPEC §2 before it may touch any
//! state (mirrors Java `codex.UsageEvent`): a malformed usage record changes nothing — not the
//! baseline, not the remembered totals, not the review window's duplicate count.

use super::line::TokenCountInfo;
use super::usage::TokenUsage;
use crate::json::Malformed;
use crate::timestamps;

/// What the model of an event is when neither the event nor a `turn_context` names one.
pub const UNKNOWN_MODEL: &str = "unknown";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageEvent<'i> {
    /// The line's `timestamp`.
    pub timestamp_ms: i64,
    /// `info.model` when a non-empty string.
    own_model: Option<&'i str>,
    pub total: Option<TokenUsage>,
    pub last: Option<TokenUsage>,
}

impl<'i> UsageEvent<'i> {
    /// Validates the event. Malformed when the timestamp is missing or not RFC 3339, when there
    /// is no usage object, or when a counter of either usage object is not a token count — both
    /// are checked, whichever the rules end up using, so the verdict does not depend on state.
    pub fn of(
        timestamp: Option<&str>,
        info: &'i TokenCountInfo<'_>,
    ) -> Result<UsageEvent<'i>, Malformed> {
        let timestamp = match timestamp {
            Some(t) => t,
            None => return Err(Malformed::new("token_count without a timestamp")),
        };
        let timestamp_ms = timestamps::parse_rfc3339(timestamp)?;
        if info.total.is_none() && info.last.is_none() {
            return Err(Malformed::new(
                "token_count info with neither total nor last usage",
            ));
        }
        let invalid = |usage: &Option<TokenUsage>| usage.map_or(false, |u| !u.is_valid());
        if invalid(&info.total) || invalid(&info.last) {
            return Err(Malformed::new(
                "token count is not an integer from 0 to 2^63-1",
            ));
        }
        Ok(UsageEvent {
            timestamp_ms,
            own_model: info.model.as_deref().filter(|m| !m.is_empty()),
            total: info.total,
            last: info.last,
        })
    }

    /// The event's model: its own, else `current_model` (that of the latest `turn_context`),
    /// else `unknown`. Resolved only for counted events, which need it as an owned string.
    pub fn model<'a>(&'a self, current_model: Option<&'a str>) -> &'a str {
        self.own_model.or(current_model).unwrap_or(UNKNOWN_MODEL)
    }
}
