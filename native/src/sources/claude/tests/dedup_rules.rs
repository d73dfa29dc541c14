//! The merge: copies of one response, sidechain replays, progress records, files and roots.

use super::*;

#[test]
fn copies_of_one_response_keep_the_largest_total_and_the_later_on_a_tie() {
    let home = TempDir::new();
    let key = "\"requestId\":\"req_a\"";
    write(
        &home,
        "a.jsonl",
        &[&assistant(key, "msg_1", 5), &assistant(key, "msg_2", 1)],
    );
    // A resumed session copies history into a later file: dedup is global.
    write(
        &home,
        "b.jsonl",
        &[
            &assistant(&format!("\"sessionId\":\"late\",{}", key), "msg_2", 1),
            &assistant(key, "msg_1", 50),
            &assistant(key, "msg_1", 7),
        ],
    );
    let result = parse(&home);
    let kept: Vec<_> = result
        .messages
        .iter()
        .map(|m| (m.session_id.as_str(), m.output))
        .collect();
    assert_eq!(kept, [("late", 1), ("b", 50)]);
    assert_eq!(counts(&result).2, 3);
}

#[test]
fn token_counts_up_to_the_long_maximum_are_accepted_and_totals_saturate_into_a_tie() {
    let home = TempDir::new();
    let max = i64::MAX;
    write(
        &home,
        "s.jsonl",
        &[
            &line(
                "\"requestId\":\"req_a\"",
                "msg_1",
                &format!("\"input_tokens\":0,\"output_tokens\":{}", max),
            ),
            &line(
                "\"requestId\":\"req_a\"",
                "msg_1",
                &format!("\"input_tokens\":5,\"output_tokens\":{}", max),
            ),
        ],
    );
    let result = parse(&home);
    assert_eq!((only(&result).input, only(&result).output), (5, max));
}

#[test]
fn a_missing_request_id_is_a_key_of_its_own_and_such_copies_collapse() {
    let home = TempDir::new();
    write(
        &home,
        "s.jsonl",
        &[
            &assistant("\"requestId\":\"req_a\"", "msg_1", 10),
            &assistant("", "msg_1", 20),
            &assistant("\"requestId\":null", "msg_1", 30),
        ],
    );
    let result = parse(&home);
    assert_eq!(outputs(&result), [10, 30]);
    assert_eq!(result.stats.duplicates, 1);
}

#[test]
fn records_without_a_message_id_are_never_deduplicated() {
    let home = TempDir::new();
    let record = assistant("\"requestId\":\"r\"", "x", 4).replace("\"id\":\"x\",", "");
    write(&home, "s.jsonl", &[&record, &record]);
    assert_eq!(counts(&parse(&home)), (2, 0, 0, 2));
}

#[test]
fn a_sidechain_replay_is_dropped_even_when_it_comes_first_and_is_larger() {
    let home = TempDir::new();
    write(
        &home,
        "s.jsonl",
        &[
            &assistant("\"isSidechain\":true,\"requestId\":\"req_a\"", "msg_1", 900),
            &assistant("\"isSidechain\":false,\"requestId\":\"req_b\"", "msg_1", 10),
        ],
    );
    let result = parse(&home);
    assert_eq!(outputs(&result), [10]);
    assert_eq!(result.stats.duplicates, 1);
}

#[test]
fn an_is_sidechain_that_is_not_the_literal_true_is_a_main_chain_line() {
    let home = TempDir::new();
    write(
        &home,
        "s.jsonl",
        &[
            &assistant(
                "\"isSidechain\":\"true\",\"requestId\":\"req_a\"",
                "msg_1",
                10,
            ),
            &assistant("\"isSidechain\":true,\"requestId\":\"req_b\"", "msg_1", 500),
        ],
    );
    assert_eq!(outputs(&parse(&home)), [10]);
}

#[test]
fn sidechain_copies_without_a_main_chain_copy_are_deduplicated_by_key() {
    let home = TempDir::new();
    let top = "\"isSidechain\":true,\"requestId\":\"req_a\"";
    write(
        &home,
        "s.jsonl",
        &[&assistant(top, "m", 3), &assistant(top, "m", 8)],
    );
    let result = parse(&home);
    assert_eq!(outputs(&result), [8]);
    assert_eq!(result.stats.duplicates, 1);
}

#[test]
fn the_larger_copy_wins_whether_it_is_embedded_in_a_progress_record_or_not() {
    let home = TempDir::new();
    let outer = "\"timestamp\":\"2026-03-01T10:00:05.000Z\"";
    write(
        &home,
        "s.jsonl",
        &[&progress(outer, "\"requestId\":\"req_a\"", 300)],
    );
    write(
        &home,
        "s/subagents/agent-a1.jsonl",
        &[&assistant(
            "\"isSidechain\":true,\"requestId\":\"req_a\"",
            "msg_p",
            20,
        )],
    );
    let result = parse(&home);
    assert_eq!(outputs(&result), [300]);
    assert_eq!(only(&result).model_id, "claude-haiku-4-5");
    assert_eq!(only(&result).session_id, "s");
    assert_eq!(result.stats.duplicates, 1);
}

#[test]
fn an_embedded_turn_is_a_sidechain_line() {
    let home = TempDir::new();
    write(
        &home,
        "s.jsonl",
        &[
            &progress(
                &format!("\"timestamp\":\"{}\"", TS),
                "\"requestId\":\"req_x\"",
                900,
            ),
            &assistant("\"requestId\":\"req_y\"", "msg_p", 2),
        ],
    );
    assert_eq!(outputs(&parse(&home)), [2]);
}

#[test]
fn an_embedded_timestamp_wins_and_one_of_another_type_falls_back_to_the_outer_one() {
    let home = TempDir::new();
    let outer = "\"timestamp\":\"2026-03-01T10:00:05.000Z\"";
    write(
        &home,
        "s.jsonl",
        &[
            &progress(
                outer,
                &format!("\"requestId\":\"a\",\"timestamp\":\"{}\"", TS),
                1,
            ),
            &progress(outer, "\"requestId\":\"b\",\"timestamp\":1772359205000", 1),
        ],
    );
    let times: Vec<i64> = parse(&home)
        .messages
        .iter()
        .map(|m| m.timestamp_ms)
        .collect();
    assert_eq!(times, [TS_MS, TS_MS + 5_000]);
}

#[test]
fn an_embedded_timestamp_that_is_a_string_but_not_rfc3339_is_malformed_without_fallback() {
    let home = TempDir::new();
    let outer = "\"timestamp\":\"2026-03-01T10:00:05.000Z\"";
    let embedded = "\"requestId\":\"req_a\",\"timestamp\":\"2026-03-01 10:00\"";
    write(&home, "s.jsonl", &[&progress(outer, embedded, 1)]);
    assert_eq!(counts(&parse(&home)), (1, 1, 0, 0));
}

#[test]
fn a_progress_record_takes_its_reported_cost_from_the_outer_line() {
    let home = TempDir::new();
    let outer = format!("\"costUSD\":0.5,\"timestamp\":\"{}\"", TS);
    write(
        &home,
        "s.jsonl",
        &[&progress(
            &outer,
            "\"requestId\":\"req_a\",\"costUSD\":0.25",
            1,
        )],
    );
    assert_eq!(only(&parse(&home)).reported_cost_picos, 500_000_000_000);
}

#[test]
fn progress_records_other_than_agent_progress_are_not_usage() {
    let home = TempDir::new();
    let record = progress(
        &format!("\"timestamp\":\"{}\"", TS),
        "\"requestId\":\"r\"",
        1,
    )
    .replace("agent_progress", "hook_progress");
    write(&home, "s.jsonl", &[&record]);
    assert_eq!(counts(&parse(&home)), (1, 0, 0, 0));
}

#[test]
fn the_session_id_falls_back_to_the_file_name_when_absent_or_not_a_string() {
    let home = TempDir::new();
    write(
        &home,
        "f2d1.jsonl",
        &[&assistant("\"sessionId\":42", "msg_1", 1)],
    );
    write(
        &home,
        "f2d1/subagents/agent-a9.jsonl",
        &[&assistant("\"requestId\":\"r\"", "msg_2", 1)],
    );
    let sessions: Vec<String> = parse(&home)
        .messages
        .into_iter()
        .map(|m| m.session_id.to_string())
        .collect();
    assert_eq!(sessions, ["f2d1", "agent-a9"]);
}

#[test]
fn both_default_roots_are_read_recursively_in_path_order() {
    let home = TempDir::new();
    home.write(
        ".config/claude/projects/q/deep/er/x.jsonl",
        assistant("", "m1", 1).as_bytes(),
    );
    home.write(
        ".claude/projects/p/s.jsonl",
        assistant("", "m2", 2).as_bytes(),
    );
    home.write(
        ".claude/projects/p/s.json",
        assistant("", "m3", 3).as_bytes(),
    );
    let result = parse(&home);
    // `<home>/.claude/…` sorts before `<home>/.config/…`.
    assert_eq!(outputs(&result), [2, 1]);
    assert_eq!(result.stats.files_read, 2);
}

#[test]
fn crlf_line_endings_and_a_byte_order_mark_are_tolerated() {
    let home = TempDir::new();
    let text = format!(
        "\u{feff}{}\r\n{}\r\n",
        assistant("\"requestId\":\"r1\"", "m1", 1),
        assistant("\"requestId\":\"r2\"", "m2", 2)
    );
    home.write(".claude/projects/p/s.jsonl", text.as_bytes());
    assert_eq!(outputs(&parse(&home)), [1, 2]);
}

#[test]
fn an_unreadable_file_is_counted_and_skipped() {
    let home = TempDir::new();
    write(
        &home,
        "s.jsonl",
        &[&assistant("\"requestId\":\"r\"", "m", 1)],
    );
    let readable = DiscoveredFile::new(home.path().join(".claude/projects/p/s.jsonl"), 1);
    let gone = DiscoveredFile::new(home.path().join("gone.jsonl"), 0);
    let parser = ClaudeParser;
    assert!(parser.parse_file(&gone).is_err());
    let parsed = vec![Some(parser.parse_file(&readable).unwrap()), None];
    let result = parser.merge(&[readable, gone], parsed);
    let s = result.stats;
    assert_eq!((s.files_read, s.files_unreadable, s.messages), (1, 1, 1));
}
