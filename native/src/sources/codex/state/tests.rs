//! The per-file rules of SPEC §3 (Codex), fed line by line.

use super::*;
use crate::model::{CostRule, NO_REPORTED_COST};

const T0: &str = "2025-11-05T09:00:00.000Z";
const T0_MS: i64 = 1_762_333_200_000;

fn feed(lines: &[String]) -> CodexFileResult {
    let mut state = RolloutState::new();
    for line in lines {
        state.record(line.as_bytes());
    }
    state.finish("rollout-file")
}

fn meta(id: &str, subagent: Option<&str>) -> String {
    let source = match subagent {
        None => "\"cli\"".to_string(),
        Some(s) => format!("{{\"subagent\":\"{}\"}}", s),
    };
    format!(
        "{{\"timestamp\":\"{}\",\"type\":\"session_meta\",\"payload\":{{\"id\":\"{}\",\"source\":{}}}}}",
        T0, id, source
    )
}

fn turn(model: &str) -> String {
    format!(
        "{{\"timestamp\":\"{}\",\"type\":\"turn_context\",\"payload\":{{\"model\":\"{}\"}}}}",
        T0, model
    )
}

fn event(kind: &str) -> String {
    format!(
        "{{\"timestamp\":\"{}\",\"type\":\"event_msg\",\"payload\":{{\"type\":\"{}\"}}}}",
        T0, kind
    )
}

/// A token_count line; `None` arguments leave the member out.
fn token_count(
    timestamp: Option<&str>,
    total: Option<String>,
    last: Option<String>,
    model: Option<&str>,
) -> String {
    let mut members = Vec::new();
    if let Some(model) = model {
        members.push(format!("\"model\":\"{}\"", model));
    }
    if let Some(total) = total {
        members.push(format!("\"total_token_usage\":{}", total));
    }
    if let Some(last) = last {
        members.push(format!("\"last_token_usage\":{}", last));
    }
    let time = timestamp.map_or(String::new(), |t| format!("\"timestamp\":\"{}\",", t));
    format!(
        "{{{}\"type\":\"event_msg\",\"payload\":{{\"type\":\"token_count\",\"info\":{{{}}}}}}}",
        time,
        members.join(",")
    )
}

fn usage(input: i64, cached: i64, output: i64, reasoning: i64) -> Option<String> {
    Some(format!(
        "{{\"input_tokens\":{},\"cached_input_tokens\":{},\"output_tokens\":{},\"reasoning_output_tokens\":{},\"total_tokens\":{}}}",
        input, cached, output, reasoning, input + output
    ))
}

fn last_only(input: i64) -> String {
    token_count(Some(T0), None, usage(input, 0, 1, 0), None)
}

fn totals_only(input: i64, cached: i64, output: i64, reasoning: i64) -> String {
    token_count(
        Some(T0),
        usage(input, cached, output, reasoning),
        None,
        None,
    )
}

fn inputs(result: &CodexFileResult) -> Vec<i64> {
    result.messages.iter().map(|m| m.input).collect()
}

fn models(result: &CodexFileResult) -> Vec<&str> {
    result
        .messages
        .iter()
        .map(|m| m.model_id.as_str())
        .collect()
}

#[test]
fn maps_codex_counters_to_the_five_disjoint_buckets() {
    let result = feed(&[
        meta("s-1", None),
        turn("gpt-5.1-codex"),
        token_count(Some(T0), usage(1000, 600, 90, 30), None, None),
    ]);
    assert_eq!(
        result.messages,
        [UsageMessage {
            source: Source::Codex,
            model_id: "gpt-5.1-codex".into(),
            provider_id: "openai".into(),
            session_id: "s-1".into(),
            timestamp_ms: T0_MS,
            input: 400,
            output: 60,
            cache_read: 600,
            cache_write: 0,
            cache_write_1h: 0,
            reasoning: 30,
            reported_cost_picos: NO_REPORTED_COST,
            cost_rule: CostRule::ReportedFirst,
        }]
    );
}

#[test]
fn first_session_meta_names_the_session_and_later_ones_are_ignored() {
    let result = feed(&[
        last_only(1),
        meta("own", None),
        meta("copied-from-parent", Some("review")),
        last_only(1),
    ]);
    let sessions: Vec<_> = result.messages.iter().map(|m| &m.session_id).collect();
    assert_eq!(sessions, ["own", "own"]);
}

#[test]
fn without_session_meta_the_file_name_is_the_session() {
    let result = feed(&[last_only(1)]);
    assert_eq!(result.messages[0].session_id, "rollout-file");
}

#[test]
fn session_meta_without_id_leaves_the_file_name() {
    let result = feed(&[
        r#"{"type":"session_meta","payload":{"cwd":"/x"}}"#.to_string(),
        meta("too-late", None),
        last_only(1),
    ]);
    assert_eq!(result.messages[0].session_id, "rollout-file");
}

#[test]
fn model_comes_from_info_then_turn_context_then_unknown() {
    let result = feed(&[
        last_only(1),
        turn("gpt-5.2-codex"),
        token_count(
            Some(T0),
            None,
            usage(1, 0, 1, 0),
            Some("gpt-5.1-codex-mini"),
        ),
        token_count(Some(T0), None, usage(1, 0, 1, 0), Some("")),
        turn(""),
        r#"{"type":"turn_context","payload":{"cwd":"/x"}}"#.to_string(),
        last_only(1),
        turn("gpt-5.3-codex"),
        last_only(1),
    ]);
    assert_eq!(
        models(&result),
        [
            "unknown",
            "gpt-5.1-codex-mini",
            "gpt-5.2-codex",
            "gpt-5.2-codex",
            "gpt-5.3-codex"
        ]
    );
}

#[test]
fn token_count_with_null_or_absent_info_is_not_usage() {
    let result = feed(&[
        format!(
            "{{\"timestamp\":\"{}\",\"type\":\"event_msg\",\"payload\":{{\"type\":\"token_count\",\"info\":null}}}}",
            T0
        ),
        r#"{"type":"event_msg","payload":{"type":"token_count","rate_limits":{}}}"#.to_string(),
    ]);
    assert_eq!(
        result,
        CodexFileResult {
            messages: vec![],
            records_parsed: 2,
            malformed: 0,
            duplicates: 0
        }
    );
}

#[test]
fn usage_info_in_a_line_that_is_not_an_event_is_not_read() {
    let result = feed(&[
        r#"{"type":"turn_context","payload":{"type":"token_count","info":{"total_token_usage":{"input_tokens":"x"}}}}"#.to_string(),
        r#"{"type":"response_item","payload":{"type":"token_count","info":{"last_token_usage":{"input_tokens":5}}}}"#.to_string(),
    ]);
    assert_eq!((result.messages.len(), result.malformed), (0, 0));
}

#[test]
fn repeated_totals_are_duplicates() {
    let result = feed(&[
        totals_only(100, 0, 10, 0),
        totals_only(100, 0, 10, 0),
        totals_only(150, 0, 12, 0),
        totals_only(150, 0, 12, 0),
    ]);
    assert_eq!(inputs(&result), [100, 50]);
    assert_eq!(result.duplicates, 2);
}

#[test]
fn a_counter_restart_takes_last_usage_else_the_total() {
    let result = feed(&[
        totals_only(100, 0, 10, 0),
        token_count(Some(T0), usage(40, 0, 4, 0), usage(7, 0, 1, 0), None),
        totals_only(60, 0, 6, 0),
        totals_only(20, 0, 2, 0),
    ]);
    assert_eq!(inputs(&result), [100, 7, 20, 20]);
    assert_eq!(result.duplicates, 0);
}

#[test]
fn a_total_equal_to_an_earlier_total_is_a_repeat() {
    let result = feed(&[
        totals_only(100, 0, 10, 0),
        totals_only(200, 0, 20, 0),
        token_count(Some(T0), usage(5, 0, 1, 0), usage(5, 0, 1, 0), None),
        totals_only(100, 0, 10, 0),
        totals_only(130, 0, 13, 0),
    ]);
    assert_eq!(inputs(&result), [100, 100, 5, 30]);
    assert_eq!(result.duplicates, 1);
}

#[test]
fn review_window_in_a_parent_is_skipped_and_keeps_the_baseline() {
    let result = feed(&[
        meta("parent", None),
        token_count(Some(T0), usage(100, 50, 10, 0), None, None),
        event("entered_review_mode"),
        token_count(Some(T0), usage(30, 0, 5, 0), usage(30, 0, 5, 0), None),
        token_count(Some(T0), usage(70, 10, 9, 0), usage(40, 10, 4, 0), None),
        event("exited_review_mode"),
        token_count(Some(T0), usage(100, 50, 10, 0), None, None),
        token_count(Some(T0), usage(160, 80, 14, 0), None, None),
    ]);
    assert_eq!(inputs(&result), [50, 30]);
    assert_eq!(result.duplicates, 3);
}

#[test]
fn review_subagent_file_counts_its_own_events_whatever_the_markers() {
    let result = feed(&[
        meta("review", Some("review")),
        event("entered_review_mode"),
        token_count(Some(T0), usage(30, 0, 5, 0), usage(30, 0, 5, 0), None),
        token_count(Some(T0), usage(70, 10, 9, 0), usage(40, 10, 4, 0), None),
    ]);
    assert_eq!(inputs(&result), [30, 30]);
    assert_eq!(result.duplicates, 0);
}

#[test]
fn a_malformed_event_in_a_review_window_is_malformed_not_a_duplicate() {
    let result = feed(&[
        meta("parent", None),
        event("entered_review_mode"),
        token_count(None, usage(30, 0, 5, 0), None, None),
    ]);
    assert_eq!((result.malformed, result.duplicates), (1, 0));
}

#[test]
fn usage_without_total_leaves_the_baseline_alone() {
    let result = feed(&[
        totals_only(100, 0, 10, 0),
        token_count(Some(T0), None, usage(7, 0, 1, 0), None),
        token_count(Some(T0), None, usage(7, 0, 1, 0), None),
        totals_only(150, 0, 12, 0),
    ]);
    assert_eq!(inputs(&result), [100, 7, 7, 50]);
}

#[test]
fn total_null_takes_the_last_usage_path() {
    let result = feed(&[
        totals_only(100, 0, 10, 0),
        token_count(Some(T0), Some("null".to_string()), usage(7, 0, 1, 0), None),
    ]);
    assert_eq!(inputs(&result), [100, 7]);
}

#[test]
fn all_zero_usage_is_still_a_message() {
    let result = feed(&[token_count(Some(T0), None, usage(0, 0, 0, 0), None)]);
    assert_eq!(result.messages.len(), 1);
}

#[test]
fn malformed_usage_record_changes_no_state() {
    let result = feed(&[
        totals_only(100, 0, 10, 0),
        token_count(None, usage(150, 0, 12, 0), None, None),
        token_count(Some("2025-11-05 09:00:00"), usage(150, 0, 12, 0), None, None),
        format!(
            "{{\"timestamp\":7,\"type\":\"event_msg\",\"payload\":{{\"type\":\"token_count\",\"info\":{{\"total_token_usage\":{}}}}}}}",
            usage(150, 0, 12, 0).unwrap()
        ),
        totals_only(150, 0, 12, 0),
    ]);
    assert_eq!(inputs(&result), [100, 50]);
    assert_eq!((result.malformed, result.duplicates), (3, 0));
}

#[test]
fn invalid_last_usage_makes_the_record_malformed_even_when_the_total_decides() {
    let result = feed(&[token_count(
        Some(T0),
        usage(5, 0, 1, 0),
        Some(r#"{"input_tokens":2.5}"#.to_string()),
        None,
    )]);
    assert_eq!(
        (
            result.messages.len(),
            result.records_parsed,
            result.malformed
        ),
        (0, 1, 1)
    );
}

#[test]
fn a_later_valid_duplicate_counter_is_not_malformed() {
    let result = feed(&[token_count(
        Some(T0),
        None,
        Some(r#"{"input_tokens":"x","input_tokens":5}"#.to_string()),
        None,
    )]);
    assert_eq!((inputs(&result), result.malformed), (vec![5], 0));
}

#[test]
fn info_with_neither_usage_is_malformed() {
    let result = feed(&[format!(
        "{{\"timestamp\":\"{}\",\"type\":\"event_msg\",\"payload\":{{\"type\":\"token_count\",\"info\":{{\"model_context_window\":258400}}}}}}",
        T0
    )]);
    assert_eq!((result.messages.len(), result.malformed), (0, 1));
}

#[test]
fn clamped_subtraction_keeps_the_message_and_counts_the_record_once() {
    let result = feed(&[token_count(Some(T0), None, usage(10, 20, 1, 5), None)]);
    assert_eq!(result.malformed, 1);
    let m = &result.messages[0];
    assert_eq!(
        (m.input, m.cache_read, m.output, m.reasoning),
        (0, 20, 0, 5)
    );
}

#[test]
fn malformed_lines_are_counted_and_change_nothing() {
    let result = feed(&[
        turn("gpt-5.1-codex"),
        r#"{"type":"turn_context","payload":{"model":"gpt-5.1-codex-max""#.to_string(),
        r#"["turn_context"]"#.to_string(),
        r#"{"type":"session_meta","payload":{"id":"\ud800"}}"#.to_string(),
        last_only(1),
    ]);
    assert_eq!(models(&result), ["gpt-5.1-codex"]);
    assert_eq!(result.messages[0].session_id, "rollout-file");
    assert_eq!((result.records_parsed, result.malformed), (5, 3));
}
