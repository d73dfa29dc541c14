//! The line reader: members read, unexpected types absent, last duplicate wins, lenient counters.

use super::*;

fn text(s: &str) -> Text<'_> {
    Some(Cow::Borrowed(s))
}

#[test]
fn reads_the_members_the_rules_use() {
    let line = read(
        br#"{"timestamp":"2025-11-05T09:12:08.420Z","type":"event_msg","payload":{"type":"token_count","info":{"model":"gpt-5.1-codex","total_token_usage":{"input_tokens":10,"cached_input_tokens":4,"output_tokens":3,"reasoning_output_tokens":1,"total_tokens":13},"last_token_usage":null}}}"#,
    )
    .unwrap();
    assert_eq!(line.kind, text("event_msg"));
    assert_eq!(line.timestamp, text("2025-11-05T09:12:08.420Z"));
    assert_eq!(line.payload.kind, text("token_count"));
    assert_eq!(
        line.payload.info,
        Some(TokenCountInfo {
            model: text("gpt-5.1-codex"),
            total: Some(TokenUsage::new(10, 4, 3, 1)),
            last: None,
        })
    );
}

#[test]
fn reads_session_id_and_review_subagent() {
    let line =
        read(br#"{"type":"session_meta","payload":{"id":"s-1","source":{"subagent":"review"}}}"#)
            .unwrap();
    assert_eq!(line.payload.id, text("s-1"));
    assert_eq!(line.payload.subagent, text("review"));
}

#[test]
fn source_that_is_a_string_has_no_subagent() {
    let line = read(br#"{"type":"session_meta","payload":{"source":"cli"}}"#).unwrap();
    assert_eq!(line.payload.subagent, None);
}

#[test]
fn escaped_strings_are_decoded() {
    let line = read(br#"{"type":"turn_\u0063ontext","payload":{"model":"gpt-\u0035"}}"#).unwrap();
    assert_eq!(line.kind, text("turn_context"));
    assert_eq!(line.payload.model, text("gpt-5"));
}

#[test]
fn members_of_an_unexpected_type_are_absent() {
    let line = read(
        br#"{"timestamp":17,"type":["event_msg"],"payload":{"type":"token_count","id":5,"model":false,"info":"none"}}"#,
    )
    .unwrap();
    assert_eq!(line.kind, None);
    assert_eq!(line.timestamp, None);
    assert_eq!(
        line.payload,
        Payload {
            kind: text("token_count"),
            ..Payload::default()
        }
    );
}

#[test]
fn payload_that_is_not_an_object_is_absent() {
    let line = read(br#"{"type":"turn_context","payload":[1,2]}"#).unwrap();
    assert_eq!(line.payload, Payload::default());
}

#[test]
fn invalid_token_counters_are_marked_not_failed() {
    let line = read(
        br#"{"payload":{"info":{"total_token_usage":{"input_tokens":1.5,"cached_input_tokens":"2","output_tokens":-3,"reasoning_output_tokens":null}}}}"#,
    )
    .unwrap();
    let usage = line.payload.info.unwrap().total.unwrap();
    assert_eq!(usage, TokenUsage::new(INVALID, INVALID, INVALID, 0));
    assert!(!usage.is_valid());
}

#[test]
fn counters_above_the_largest_count_are_invalid() {
    let line = read(
        br#"{"payload":{"info":{"last_token_usage":{"input_tokens":9223372036854775808,"output_tokens":9223372036854775807}}}}"#,
    )
    .unwrap();
    let usage = line.payload.info.unwrap().last.unwrap();
    assert_eq!(usage, TokenUsage::new(INVALID, 0, i64::MAX, 0));
}

#[test]
fn last_occurrence_of_a_member_wins_entirely() {
    let line = read(
        br#"{"payload":{"type":"token_count","info":{"model":"a","total_token_usage":{"input_tokens":1}}},"payload":{"type":"token_count","info":{"last_token_usage":{"output_tokens":"x","output_tokens":2}}}}"#,
    )
    .unwrap();
    assert_eq!(
        line.payload.info,
        Some(TokenCountInfo {
            model: None,
            total: None,
            last: Some(TokenUsage::new(0, 0, 2, 0)),
        })
    );
}

#[test]
fn later_null_replaces_an_earlier_object() {
    let line =
        read(br#"{"payload":{"info":{"total_token_usage":{"input_tokens":1}},"info":null}}"#)
            .unwrap();
    assert_eq!(line.payload.info, None);
}

#[test]
fn record_that_is_not_an_object_is_malformed() {
    assert!(read(br#"["token_count"]"#).is_err());
}

#[test]
fn truncated_record_is_malformed() {
    assert!(read(br#"{"type":"event_msg","payload":{"type":"token_count""#).is_err());
}

#[test]
fn broken_json_inside_a_counter_is_malformed() {
    assert!(read(br#"{"payload":{"info":{"total_token_usage":{"input_tokens":01}}}}"#).is_err());
    assert!(read(br#"{"payload":{"info":{"total_token_usage":{"input_tokens":tru}}}}"#).is_err());
}
