use super::fixtures::{at, day};
use crate::model::Source;
use crate::pricing::{CostMode, Match, Resolution};
use crate::report::date_filter::DateFilter;
use crate::report::pricer::{MessagePricer, ModelPricing};
use crate::zone::ZoneTable;
use std::cell::RefCell;

fn unpriced(id: &str) -> Resolution {
    Resolution {
        model_id: id.into(),
        matched_key: None,
        how: Match::Unpriced,
        rates: None,
    }
}

#[test]
fn the_filter_applies_to_the_local_day_and_keeps_input_order() {
    let seoul = ZoneTable::fixed(9 * 3600);
    let messages = [
        // 23:58 UTC on the 14th is the 15th in Seoul: kept.
        at(Source::Claude, "m", "p", "2026-03-14T23:58:30Z", 1, 0, 3),
        // 14:00 UTC on the 14th is 23:00 on the 14th in Seoul: dropped.
        at(Source::Claude, "m", "p", "2026-03-14T14:00:00Z", 1, 0, 4),
        at(Source::Codex, "m", "p", "2026-03-15T10:00:00Z", 1, 0, 5),
    ];
    let only_the_15th = DateFilter {
        first_day: day(2026, 3, 15),
        last_day: day(2026, 3, 15),
    };
    let priced = MessagePricer {
        resolve: unpriced,
        mode: CostMode::Display,
        zone: &seoul,
        filter: only_the_15th,
    }
    .price(&messages);
    let kept: Vec<(i64, i64, u128)> = priced
        .messages
        .iter()
        .map(|p| (p.message.timestamp_ms, p.epoch_day, p.cost_picos))
        .collect();
    assert_eq!(
        kept,
        [
            (messages[0].timestamp_ms, day(2026, 3, 15), 3),
            (messages[2].timestamp_ms, day(2026, 3, 15), 5),
        ]
    );
    assert_eq!(priced.messages[0].usage().messages, 1);
    assert_eq!(priced.messages[0].usage().tokens.input, 1);
}

#[test]
fn each_model_resolves_once_and_notes_are_sorted_in_java_order() {
    let calls = RefCell::new(Vec::new());
    let resolve = |id: &str| {
        calls.borrow_mut().push(id.to_string());
        unpriced(id)
    };
    let messages = [
        at(
            Source::Claude,
            "zeta",
            "p",
            "2026-01-01T00:00:00Z",
            1,
            0,
            -1,
        ),
        at(
            Source::Claude,
            "\u{FF21}",
            "p",
            "2026-01-01T00:00:00Z",
            1,
            0,
            -1,
        ),
        at(
            Source::Claude,
            "zeta",
            "p",
            "2026-01-02T00:00:00Z",
            1,
            0,
            -1,
        ),
        at(
            Source::Claude,
            "\u{1F600}",
            "p",
            "2026-01-01T00:00:00Z",
            1,
            0,
            -1,
        ),
        at(
            Source::Claude,
            "alpha",
            "p",
            "2026-01-03T00:00:00Z",
            1,
            0,
            -1,
        ),
        // Outside the filter: never resolved, never noted.
        at(
            Source::Claude,
            "dropped",
            "p",
            "2027-01-01T00:00:00Z",
            1,
            0,
            -1,
        ),
    ];
    let utc = ZoneTable::fixed(0);
    let priced = MessagePricer {
        resolve,
        mode: CostMode::Calculate,
        zone: &utc,
        filter: DateFilter {
            first_day: i64::MIN,
            last_day: day(2026, 12, 31),
        },
    }
    .price(&messages);
    assert_eq!(
        *calls.borrow(),
        ["zeta", "\u{FF21}", "\u{1F600}", "alpha"],
        "once per model, in first-use order"
    );
    let models: Vec<&str> = priced
        .notes
        .models
        .iter()
        .map(|m| m.model.as_str())
        .collect();
    assert_eq!(models, ["alpha", "zeta", "\u{1F600}", "\u{FF21}"]);
    assert_eq!(
        priced.notes.models[0],
        ModelPricing {
            model: "alpha".to_string(),
            matched_key: None,
            match_id: "unpriced",
        }
    );
    // Calculated without a price: cost 0, and the model is listed as unpriced.
    assert_eq!(
        priced.notes.unpriced,
        ["alpha", "zeta", "\u{1F600}", "\u{FF21}"]
    );
    assert!(priced.messages.iter().all(|p| p.cost_picos == 0));
    assert_eq!(priced.messages.len(), 5);
}

#[test]
fn display_mode_takes_reported_costs_and_notes_nothing_unpriced() {
    let messages = [
        at(Source::Claude, "m", "p", "2026-01-01T00:00:00Z", 1, 0, 42),
        at(Source::Claude, "m", "p", "2026-01-01T00:00:00Z", 1, 0, -1),
    ];
    let utc = ZoneTable::fixed(0);
    let priced = MessagePricer {
        resolve: unpriced,
        mode: CostMode::Display,
        zone: &utc,
        filter: DateFilter::ALL,
    }
    .price(&messages);
    let costs: Vec<u128> = priced.messages.iter().map(|p| p.cost_picos).collect();
    assert_eq!(costs, [42, 0]);
    assert!(priced.notes.unpriced.is_empty());
    assert_eq!(priced.notes.models.len(), 1);
}
