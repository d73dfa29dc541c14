use super::fixtures::{all, at, msg};
use crate::model::Source;
use crate::report::graph::{build, intensity, Meta, Year};
use crate::report::usage::{TokenTotals, Usage};

#[test]
fn intensity_thresholds_are_inclusive_quarters() {
    for (cost, expected) in [
        (0, 0),
        (1, 1),
        (99, 1),
        (100, 2),
        (199, 2),
        (200, 3),
        (299, 3),
        (300, 4),
        (400, 4),
    ] {
        assert_eq!(intensity(cost, 400), expected, "{} of 400", cost);
    }
    // max 401: a quarter is 100.25, compared exactly.
    assert_eq!(intensity(100, 401), 1);
    assert_eq!(intensity(101, 401), 2);
    assert_eq!(intensity(300, 401), 3);
    assert_eq!(intensity(301, 401), 4);
    assert_eq!(intensity(0, 0), 0);
}

#[test]
fn intensity_is_exact_near_two_to_the_128() {
    // max = 2^128 - 1: the quarters are 2^126 - 1/4, 2^127 - 1/2 and 3·2^126 - 3/4.
    let max = u128::MAX;
    assert_eq!(intensity(max, max), 4);
    assert_eq!(intensity(3 << 126, max), 4);
    assert_eq!(intensity((3 << 126) - 1, max), 3);
    assert_eq!(intensity(1 << 127, max), 3);
    assert_eq!(intensity((1 << 127) - 1, max), 2);
    assert_eq!(intensity(1 << 126, max), 2);
    assert_eq!(intensity((1 << 126) - 1, max), 1);
    assert_eq!(intensity(1, max), 1);
}

#[test]
fn summary_counts_days_with_data_and_days_with_cost() {
    let messages = [
        msg(
            Source::Claude,
            "claude-opus-4-5",
            "anthropic",
            "2025-12-30",
            10,
            0,
            400,
        ),
        msg(
            Source::Gemini,
            "auto-gemini-3",
            "google",
            "2025-12-31",
            10,
            0,
            0,
        ),
        msg(Source::Codex, "gpt-5", "openai", "2026-01-02", 10, 0, 100),
        msg(Source::Codex, "gpt-5", "openai", "2026-01-02", 10, 0, 1),
    ];
    let graph = build(&all(&messages), "9.9.9", "UTC");
    let s = &graph.summary;
    assert_eq!(s.total_days, 3);
    assert_eq!(s.active_days, 2);
    assert_eq!(s.total_cost, 501);
    assert_eq!(s.average_per_day, 250, "501 / 2 rounded down");
    assert_eq!(s.max_cost_in_single_day, 400);
    assert_eq!(s.total_tokens, 40);
    assert_eq!(s.sources, ["claude", "codex", "gemini"]);
    assert_eq!(s.models, ["auto-gemini-3", "claude-opus-4-5", "gpt-5"]);
    let days: Vec<(&str, u8)> = graph
        .contributions
        .iter()
        .map(|d| (d.date.as_str(), d.intensity))
        .collect();
    assert_eq!(
        days,
        [("2025-12-30", 4), ("2025-12-31", 0), ("2026-01-02", 2)]
    );
}

#[test]
fn years_ascend_with_their_first_and_last_days() {
    let messages = [
        msg(Source::Claude, "m", "p", "2026-02-01", 5, 0, 7),
        msg(Source::Claude, "m", "p", "2025-03-01", 1, 0, 2),
        msg(Source::Claude, "m", "p", "2025-11-30", 2, 0, 3),
        msg(Source::Claude, "m", "p", "2026-01-05", 4, 0, 5),
    ];
    let graph = build(&all(&messages), "9.9.9", "UTC");
    let year = |year: &str, tokens, cost, start: &str, end: &str| Year {
        year: year.to_string(),
        total_tokens: tokens,
        total_cost: cost,
        start: start.to_string(),
        end: end.to_string(),
    };
    assert_eq!(
        graph.years,
        [
            year("2025", 3, 5, "2025-03-01", "2025-11-30"),
            year("2026", 9, 12, "2026-01-05", "2026-02-01"),
        ]
    );
    assert_eq!(graph.meta.date_start, "2025-03-01");
    assert_eq!(graph.meta.date_end, "2026-02-01");
}

#[test]
fn day_entries_are_one_per_source_model_and_provider_in_that_order() {
    let messages = [
        msg(Source::OpenCode, "glm", "zai", "2026-03-01", 1, 0, 1),
        msg(Source::OpenCode, "glm", "openrouter", "2026-03-01", 1, 0, 1),
        msg(Source::Cursor, "auto", "cursor", "2026-03-01", 1, 0, 1),
        msg(Source::Claude, "b", "anthropic", "2026-03-01", 1, 0, 1),
        msg(Source::Claude, "a", "anthropic", "2026-03-01", 1, 0, 1),
        msg(Source::Claude, "a", "anthropic", "2026-03-01", 2, 3, 1),
    ];
    let graph = build(&all(&messages), "9.9.9", "UTC");
    let day = &graph.contributions[0];
    let keys: Vec<String> = day
        .sources
        .iter()
        .map(|e| format!("{}/{}/{}", e.source.id(), e.model_id, e.provider_id))
        .collect();
    assert_eq!(
        keys,
        [
            "claude/a/anthropic",
            "claude/b/anthropic",
            "cursor/auto/cursor",
            "opencode/glm/openrouter",
            "opencode/glm/zai"
        ]
    );
    assert_eq!(
        day.sources[0].usage,
        Usage {
            tokens: TokenTotals {
                input: 3,
                output: 3,
                ..TokenTotals::default()
            },
            messages: 2,
            cost_picos: 2
        }
    );
    assert_eq!(day.usage.messages, 6);
}

#[test]
fn generated_at_is_the_newest_message_not_the_clock() {
    let messages = [
        at(
            Source::Claude,
            "m",
            "p",
            "2026-03-15T00:01:10.250Z",
            1,
            0,
            1,
        ),
        at(Source::Claude, "m", "p", "2026-01-01T00:00:00Z", 1, 0, 1),
    ];
    let graph = build(&all(&messages), "9.9.9", "Asia/Seoul");
    assert_eq!(
        graph.meta,
        Meta {
            generated_at: "2026-03-15T00:01:10.250Z".to_string(),
            version: "9.9.9".to_string(),
            timezone: "Asia/Seoul".to_string(),
            date_start: "2026-01-01".to_string(),
            date_end: "2026-03-15".to_string(),
        }
    );
}

#[test]
fn no_messages_is_an_empty_graph_with_empty_dates() {
    let graph = build(&all(&[]), "9.9.9", "UTC");
    assert!(graph.contributions.is_empty() && graph.years.is_empty());
    assert_eq!(graph.meta.generated_at, "");
    assert_eq!(graph.meta.date_start, "");
    assert_eq!(graph.summary.average_per_day, 0);
    assert_eq!(graph.summary.total_days, 0);
}

#[test]
fn summary_and_year_token_totals_saturate_as_java_adds_them() {
    // Day 1: input MAX-1; day 2: output 5. Summary adds the days' totals (saturating); the year
    // adds the days bucket by bucket, then totals: both saturate here, at the same value.
    let mut a = msg(Source::Claude, "m", "p", "2026-01-01", i64::MAX - 1, 0, 0);
    a.reasoning = 0;
    let b = msg(Source::Claude, "m", "p", "2026-01-02", 0, 5, 0);
    let messages = [a, b];
    let graph = build(&all(&messages), "v", "UTC");
    assert_eq!(graph.summary.total_tokens, i64::MAX);
    assert_eq!(graph.years[0].total_tokens, i64::MAX);
    assert_eq!(graph.contributions[1].usage.tokens.total(), 5);
}
