use super::fixtures::{all, day, msg};
use crate::model::Source;
use crate::report::periods::{build, period_of, Granularity};

fn sample() -> Vec<crate::model::UsageMessage> {
    vec![
        msg(Source::Claude, "m-b", "p", "2026-02-01", 5, 0, 7),
        msg(Source::Codex, "m-a", "p", "2025-03-01", 1, 0, 2),
        msg(Source::Claude, "m-b", "p", "2025-03-31", 2, 1, 3),
        msg(Source::Claude, "m-a", "p", "2025-03-31", 4, 0, 5),
        msg(Source::Gemini, "\u{FF21}", "p", "2025-03-02", 1, 0, 0),
        msg(Source::Gemini, "\u{1F600}", "p", "2025-03-02", 1, 0, 0),
    ]
}

#[test]
fn months_ascend_with_their_sorted_models_and_sums() {
    let messages = sample();
    let report = build(&all(&messages), Granularity::Month);
    let rows: Vec<(&str, Vec<&str>, i64, u128)> = report
        .rows
        .iter()
        .map(|r| {
            (
                r.period.as_str(),
                r.models.clone(),
                r.usage.messages,
                r.usage.cost_picos,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "2025-03",
                vec!["m-a", "m-b", "\u{1F600}", "\u{FF21}"],
                5,
                10
            ),
            ("2026-02", vec!["m-b"], 1, 7),
        ]
    );
    assert_eq!(report.rows[0].usage.tokens.input, 9);
    assert_eq!(report.rows[0].usage.tokens.output, 1);
    assert_eq!(report.total.messages, 6);
    assert_eq!(report.total.cost_picos, 17);
    assert_eq!(report.granularity, Granularity::Month);
}

#[test]
fn days_ascend() {
    let messages = sample();
    let report = build(&all(&messages), Granularity::Day);
    let periods: Vec<&str> = report.rows.iter().map(|r| r.period.as_str()).collect();
    assert_eq!(
        periods,
        ["2025-03-01", "2025-03-02", "2025-03-31", "2026-02-01"]
    );
    assert_eq!(report.rows[2].models, ["m-a", "m-b"]);
    assert_eq!(report.rows[2].usage.cost_picos, 8);
}

#[test]
fn periods_are_java_texts_even_outside_four_digit_years() {
    assert_eq!(period_of(day(2024, 2, 29), Granularity::Day), "2024-02-29");
    assert_eq!(period_of(day(2024, 2, 29), Granularity::Month), "2024-02");
    assert_eq!(period_of(day(0, 1, 1) - 1, Granularity::Month), "-001-12");
    assert_eq!(
        period_of(day(9999, 12, 31) + 1, Granularity::Month),
        "10000-01"
    );
}

#[test]
fn periods_sort_as_text_like_a_java_tree_map() {
    // "10000-01" sorts before "9999-12" as text, as Java's TreeMap<String> puts it.
    let late = msg(Source::Claude, "m", "p", "9999-12-31", 1, 0, 1);
    let mut later = late.clone();
    later.timestamp_ms += 86_400_000;
    let messages = [late, later];
    let report = build(&all(&messages), Granularity::Month);
    let periods: Vec<&str> = report.rows.iter().map(|r| r.period.as_str()).collect();
    assert_eq!(periods, ["10000-01", "9999-12"]);
}
