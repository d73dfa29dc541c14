//! What one transcript line becomes: buckets, model, provider, cost, malformed records.

use super::*;

#[test]
fn an_assistant_line_maps_to_disjoint_buckets() {
    let home = TempDir::new();
    let usage = "\"input_tokens\":1,\"output_tokens\":2,\"cache_read_input_tokens\":3,\
                 \"cache_creation_input_tokens\":40,\"cache_creation\":{\"ephemeral_1h_input_tokens\":30}";
    write(
        &home,
        "s1.jsonl",
        &[&line("\"sessionId\":\"abc\"", "m", usage)],
    );
    let result = parse(&home);
    let m = only(&result);
    assert_eq!(
        (
            m.input,
            m.output,
            m.cache_read,
            m.cache_write,
            m.cache_write_1h
        ),
        (1, 2, 3, 40, 30)
    );
    assert_eq!((m.reasoning, m.total_tokens()), (0, 46));
    assert_eq!(m.model_id, "claude-opus-4-6");
    assert_eq!(m.provider_id, "anthropic");
    assert_eq!(m.session_id, "abc");
    assert_eq!(m.timestamp_ms, TS_MS);
    assert_eq!(m.reported_cost_picos, NO_REPORTED_COST);
    assert_eq!(counts(&result), (1, 0, 0, 1));
}

#[test]
fn missing_and_null_token_fields_are_zero() {
    let home = TempDir::new();
    write(
        &home,
        "s.jsonl",
        &[&line("", "m", "\"output_tokens\":null")],
    );
    let m = parse(&home).messages[0].clone();
    assert_eq!(m.total_tokens(), 0);
}

#[test]
fn token_fields_that_are_not_non_negative_integers_are_malformed() {
    for bad in [
        "1.0",
        "1e3",
        "-1",
        "-0",
        "\"5\"",
        "true",
        "9223372036854775808",
    ] {
        let home = TempDir::new();
        write(
            &home,
            "s.jsonl",
            &[&line("", "m", &format!("\"input_tokens\":{}", bad))],
        );
        assert_eq!(counts(&parse(&home)), (1, 1, 0, 0), "{}", bad);
    }
}

#[test]
fn a_later_duplicate_member_replaces_an_invalid_token_field() {
    let home = TempDir::new();
    let usage = "\"input_tokens\":\"x\",\"input_tokens\":4,\"cache_creation\":{\"ephemeral_1h_input_tokens\":-1},\
                 \"cache_creation\":7";
    write(&home, "s.jsonl", &[&line("", "m", usage)]);
    let result = parse(&home);
    assert_eq!((only(&result).input, only(&result).cache_write_1h), (4, 0));
    assert_eq!(result.stats.malformed, 0);
}

#[test]
fn a_later_duplicate_message_that_is_not_an_object_leaves_no_usage() {
    let home = TempDir::new();
    let first = assistant("", "m", 5);
    let record = format!("{},\"message\":\"usage\"}}", &first[..first.len() - 1]);
    write(&home, "s.jsonl", &[&record]);
    assert_eq!(counts(&parse(&home)), (1, 0, 0, 0));
}

#[test]
fn a_bad_or_missing_timestamp_on_a_usage_record_is_malformed() {
    let home = TempDir::new();
    let good = assistant("", "m", 1);
    write(
        &home,
        "s.jsonl",
        &[
            &good.replace(TS, "2026-03-01 10:00"),
            &good.replace(&format!("\"timestamp\":\"{}\",", TS), ""),
            &good.replace(&format!("\"{}\"", TS), "1772359200000"),
        ],
    );
    assert_eq!(counts(&parse(&home)), (3, 3, 0, 0));
}

#[test]
fn records_that_are_not_json_objects_are_malformed_and_others_skipped() {
    let home = TempDir::new();
    write(
        &home,
        "s.jsonl",
        &[
            "[\"usage\"]",
            "{\"usage\":NaN}",
            "{\"type\":\"assistant\",\"usage\":1} x",
            "{\"type\":\"user\",\"message\":{\"usage\":{\"input_tokens\":1}}}",
            "{\"type\":\"summary\",\"usage\":{}}",
        ],
    );
    assert_eq!(counts(&parse(&home)), (5, 3, 0, 0));
}

#[test]
fn only_lines_containing_the_usage_marker_are_parsed_or_counted() {
    let home = TempDir::new();
    write(
        &home,
        "s.jsonl",
        &[
            "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":\"show \\\"usage\\\" docs\"}}",
            "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[\"usage\"]}}",
            "      <AlertTriangle size={12} /> not json",
            "      \"usage\":{\"input_tokens\":3,",
        ],
    );
    // The escaped quotes of the first line do not spell the marker; the second line does.
    assert_eq!(counts(&parse(&home)), (2, 1, 0, 0));
}

#[test]
fn a_usage_that_is_not_an_object_makes_no_usage_record_and_is_not_malformed() {
    let home = TempDir::new();
    let head = format!("{{\"type\":\"assistant\",\"timestamp\":\"{}\",", TS);
    write(
        &home,
        "s.jsonl",
        &[
            &format!("{}\"message\":{{\"id\":\"m\",\"usage\":null}}}}", head),
            &format!("{}\"message\":\"usage\"}}", head),
        ],
    );
    assert_eq!(counts(&parse(&home)), (2, 0, 0, 0));
}

#[test]
fn synthetic_records_are_dropped_uncounted_and_take_no_part_in_deduplication() {
    let home = TempDir::new();
    write(
        &home,
        "s.jsonl",
        &[
            &assistant("\"requestId\":\"req_a\"", "msg_1", 10),
            &assistant("\"requestId\":\"req_a\"", "msg_1", 99)
                .replace("claude-opus-4-6", "<synthetic>"),
        ],
    );
    let result = parse(&home);
    assert_eq!(outputs(&result), [10]);
    assert_eq!(counts(&result), (2, 0, 0, 1));
}

#[test]
fn a_usage_line_without_a_model_gets_model_unknown() {
    let home = TempDir::new();
    let record = assistant("", "m", 1).replace("\"model\":\"claude-opus-4-6\"", "\"model\":7");
    write(&home, "s.jsonl", &[&record]);
    let result = parse(&home);
    assert_eq!(
        (
            only(&result).model_id.as_str(),
            only(&result).provider_id.as_str()
        ),
        ("unknown", "anthropic")
    );
}

#[test]
fn the_provider_is_the_prefix_of_a_model_id_that_names_a_back_end() {
    assert_eq!(provider_of("unsloth/Qwen3-Coder-Next"), "unsloth");
    assert_eq!(
        provider_of("openrouter/anthropic/claude-sonnet-4.5"),
        "openrouter"
    );
    assert_eq!(provider_of("claude-opus-4-6"), "anthropic");
    assert_eq!(provider_of("unknown"), "anthropic");
    assert_eq!(provider_of("/models/local.gguf"), "anthropic");
}

#[test]
fn cost_usd_is_the_reported_cost_unless_it_is_negative_or_not_a_number() {
    let home = TempDir::new();
    write(
        &home,
        "s.jsonl",
        &[
            &assistant("\"costUSD\":0.0123", "m1", 1),
            &assistant("\"costUSD\":-0.5", "m2", 1),
            &assistant("\"costUSD\":\"0.5\"", "m3", 1),
            &assistant("\"costUSD\":3e-06", "m4", 1),
        ],
    );
    let costs: Vec<i64> = parse(&home)
        .messages
        .iter()
        .map(|m| m.reported_cost_picos)
        .collect();
    assert_eq!(
        costs,
        [
            12_300_000_000,
            NO_REPORTED_COST,
            NO_REPORTED_COST,
            3_000_000
        ]
    );
}

#[test]
fn one_hour_cache_writes_above_the_cache_writes_are_clamped_and_counted_malformed() {
    let home = TempDir::new();
    let usage =
        "\"cache_creation_input_tokens\":10,\"cache_creation\":{\"ephemeral_1h_input_tokens\":25}";
    write(&home, "s.jsonl", &[&line("", "m", usage)]);
    let result = parse(&home);
    assert_eq!(
        (only(&result).cache_write, only(&result).cache_write_1h),
        (10, 10)
    );
    assert_eq!(counts(&result), (1, 1, 0, 1));
}
