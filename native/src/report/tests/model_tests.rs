use super::fixtures::{all, msg};
use crate::model::Source;
use crate::report::models::build;

#[test]
fn rows_sort_by_cost_then_tokens_then_source_model_provider() {
    let messages = [
        msg(Source::OpenCode, "glm", "zai", "2026-03-01", 1, 0, 5),
        msg(Source::OpenCode, "glm", "openrouter", "2026-03-01", 1, 0, 5),
        msg(Source::Cursor, "auto", "cursor", "2026-03-01", 1, 0, 5),
        msg(Source::Codex, "gpt-5", "openai", "2026-03-02", 1, 0, 5),
        msg(Source::Claude, "b", "anthropic", "2026-03-01", 1, 0, 5),
        msg(Source::Claude, "a", "anthropic", "2026-03-01", 1, 0, 5),
        msg(Source::Gemini, "big", "google", "2026-03-01", 100, 0, 5),
        msg(Source::Gemini, "costly", "google", "2026-03-01", 1, 0, 9),
        msg(Source::Claude, "a", "anthropic", "2026-03-05", 0, 0, 0),
    ];
    let report = build(&all(&messages));
    let keys: Vec<String> = report
        .rows
        .iter()
        .map(|r| format!("{}/{}/{}", r.source.id(), r.model, r.provider))
        .collect();
    // Source ids sort as text: codex < cursor < gemini, unlike the enum's display order.
    assert_eq!(
        keys,
        [
            "gemini/costly/google",
            "gemini/big/google",
            "claude/a/anthropic",
            "claude/b/anthropic",
            "codex/gpt-5/openai",
            "cursor/auto/cursor",
            "opencode/glm/openrouter",
            "opencode/glm/zai",
        ]
    );
    assert_eq!(report.rows[2].usage.messages, 2);
    assert_eq!(report.total.messages, 9);
    assert_eq!(report.total.cost_picos, 44);
    assert_eq!(report.total.tokens.input, 107);
}

#[test]
fn costs_compare_beyond_64_bits_and_tokens_saturate() {
    let mut messages = vec![
        msg(Source::Codex, "huge", "p", "2026-01-01", i64::MAX, 0, 0),
        msg(Source::Codex, "huge", "p", "2026-01-01", 5, 3, 0),
        msg(Source::Codex, "small", "p", "2026-01-01", 1, 0, 1),
    ];
    messages[0].output = i64::MAX;
    let mut priced = all(&messages);
    priced.messages[0].cost_picos = u128::from(u64::MAX) + 1;
    let report = build(&priced);
    assert_eq!(report.rows[0].model, "huge");
    assert_eq!(report.rows[0].usage.tokens.input, i64::MAX);
    assert_eq!(report.rows[0].usage.tokens.output, i64::MAX);
    assert_eq!(report.rows[0].usage.tokens.total(), i64::MAX);
    assert_eq!(report.total.cost_picos, u128::from(u64::MAX) + 2);
}

#[test]
fn model_ids_sort_in_java_utf16_order_among_equal_rows() {
    let messages = [
        msg(Source::Claude, "\u{FF21}", "p", "2026-01-01", 1, 0, 1),
        msg(Source::Claude, "\u{1F600}", "p", "2026-01-01", 1, 0, 1),
    ];
    let report = build(&all(&messages));
    let models: Vec<&str> = report.rows.iter().map(|r| r.model).collect();
    assert_eq!(models, ["\u{1F600}", "\u{FF21}"]);
}

#[test]
fn no_messages_is_an_empty_report() {
    let report = build(&all(&[]));
    assert!(report.rows.is_empty());
    assert_eq!(report.total.messages, 0);
}
