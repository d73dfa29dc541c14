//! File-level tests of the Gemini parser (Java `GeminiParserTest`, `JsonSessionTest`,
//! `JsonlSessionTest`), one per rule of SPEC §3 Gemini and docs/sources/gemini.md; the fixture
//! homes are checked by `tests/golden.rs`.

use super::collector::SessionFile;
use super::*;
use crate::model::SourceStats;
use crate::testing::TempDir;
use std::path::PathBuf;

const HEADER: &str =
    r#"{"sessionId":"s1","projectHash":"h","startTime":"2026-04-24T23:16:28.708Z","kind":"main"}"#;

/// A usage message with the given id, input count and timestamp.
fn gemini(id: &str, input: i64, timestamp: &str) -> String {
    format!(
        concat!(
            r#"{{"id":"{}","timestamp":"{}","type":"gemini","content":"","#,
            r#""tokens":{{"input":{},"output":1,"cached":0,"thoughts":0,"tool":0}},"model":"gemini-2.5-pro"}}"#
        ),
        id, timestamp, input
    )
}

fn message(id: &str, input: i64) -> String {
    gemini(id, input, "2026-01-24T18:03:40.250Z")
}

fn read_json(content: &[u8]) -> SessionFile {
    let dir = TempDir::new();
    let path = dir.write("session-x.json", content);
    json_session::read(&path, "session-x").unwrap()
}

fn read_jsonl(content: &str) -> SessionFile {
    let dir = TempDir::new();
    let path = dir.write("session-y.jsonl", content.as_bytes());
    jsonl_session::read(&path, "session-y").unwrap()
}

fn ids(file: &SessionFile) -> Vec<&str> {
    file.kept
        .iter()
        .map(|k| k.message_id.as_deref().unwrap_or("-"))
        .collect()
}

fn sessions(file: &SessionFile) -> Vec<&str> {
    file.kept
        .iter()
        .map(|k| k.message.session_id.as_str())
        .collect()
}

/// Parses a whole home's Gemini files as the engine does.
fn parse_home(dir: &TempDir) -> SourceResult {
    let locations = Locations::of_home(dir.path());
    let parser = GeminiParser;
    let files = parser.discover(&locations).unwrap();
    let parsed = files.iter().map(|f| parser.parse_file(f).ok()).collect();
    parser.merge(&files, parsed)
}

// ---- discovery

#[test]
fn session_files_directly_in_a_projects_chats_folder_are_read() {
    for relative in [
        "p/chats/session-1.json",
        "p/chats/session-1.jsonl",
        "56cf/chats/session-.json",
    ] {
        assert!(is_session_file(Path::new(relative)), "{}", relative);
    }
}

#[test]
fn other_files_are_not() {
    for relative in [
        "p/chats/logs.json",
        "p/chats/Session-1.json",
        "p/chats/session-1.json.bak",
        "p/chats/session-1.txt",
        "p/session-1.json",
        "p/other/session-1.json",
        "chats/session-1.json",
        "p/chats/sub/session-1.jsonl",
        "p/q/chats/session-1.json",
        "session-1.json",
    ] {
        assert!(!is_session_file(Path::new(relative)), "{}", relative);
    }
}

#[test]
fn files_come_in_record_order() {
    let dir = TempDir::new();
    dir.write(".gemini/tmp/dashboard-mictlan/chats/session-a.json", b"");
    dir.write(".gemini/tmp/56cfacee/chats/session-b.jsonl", b"");
    dir.write(".gemini/tmp/56cfacee/chats/session-a.json", b"");
    dir.write(".gemini/tmp/56cfacee/chats/logs.json", b"");
    let tmp = dir.path().join(".gemini/tmp");
    let files = GeminiParser
        .discover(&Locations::of_home(dir.path()))
        .unwrap();
    let relative: Vec<PathBuf> = files
        .iter()
        .map(|f| f.path.strip_prefix(&tmp).unwrap().to_path_buf())
        .collect();
    assert_eq!(
        relative,
        [
            PathBuf::from("56cfacee/chats/session-a.json"),
            PathBuf::from("56cfacee/chats/session-b.jsonl"),
            PathBuf::from("dashboard-mictlan/chats/session-a.json"),
        ]
    );
}

#[test]
fn a_missing_gemini_folder_is_empty() {
    let dir = TempDir::new();
    assert!(GeminiParser
        .discover(&Locations::of_home(dir.path()))
        .unwrap()
        .is_empty());
}

#[test]
fn the_file_name_decides_the_shape() {
    let dir = TempDir::new();
    let path = dir.write(
        ".gemini/tmp/p/chats/session-2026-06-14T22-47-a2a-serv.jsonl",
        b"{\"sessionId\":\"a2a-server\",\"kind\":\"main\"}\n",
    );
    let file = GeminiParser
        .parse_file(&DiscoveredFile::new(path, 0))
        .unwrap();
    assert_eq!(file.session_id.as_deref(), Some("a2a-server"));
    assert_eq!(file.records_parsed, 1);
}

// ---- .json sessions

#[test]
fn the_session_id_may_follow_the_messages() {
    let file =
        read_json(format!(r#"{{"messages":[{}],"sessionId":"s1"}}"#, message("m1", 10)).as_bytes());
    assert_eq!(file.session_id.as_deref(), Some("s1"));
    assert_eq!(sessions(&file), ["s1"]);
}

#[test]
fn without_a_session_id_messages_carry_the_file_name() {
    let file = read_json(format!(r#"{{"messages":[{}]}}"#, message("m1", 10)).as_bytes());
    assert_eq!(file.session_id, None);
    assert_eq!(sessions(&file), ["session-x"]);
}

#[test]
fn a_repeated_messages_member_replaces_the_earlier_list() {
    let file = read_json(
        format!(
            r#"{{"sessionId":"s1","messages":[{}],"messages":[{}]}}"#,
            message("m1", 10),
            message("m2", 20)
        )
        .as_bytes(),
    );
    assert_eq!(ids(&file), ["m2"]);
}

#[test]
fn messages_that_are_not_an_array_yield_nothing() {
    let file = read_json(
        format!(
            r#"{{"sessionId":"s1","messages":{{"m1":{}}}}}"#,
            message("m1", 10)
        )
        .as_bytes(),
    );
    assert!(file.kept.is_empty());
    assert_eq!((file.records_parsed, file.malformed), (1, 0));
}

#[test]
fn elements_that_are_not_objects_are_skipped() {
    let file =
        read_json(format!(r#"{{"messages":[1,"x",null,{}]}}"#, message("m1", 10)).as_bytes());
    assert_eq!(ids(&file), ["m1"]);
    assert_eq!(file.malformed, 0);
}

#[test]
fn invalid_utf8_anywhere_makes_the_whole_file_one_malformed_record() {
    let mut content = format!(
        r#"{{"messages":[{},{{"type":"user","content":""#,
        message("m1", 10)
    )
    .into_bytes();
    content.extend_from_slice(b"\xC0\xAF\"}]}"); // an overlong '/': never valid UTF-8
    let file = read_json(&content);
    assert!(file.kept.is_empty());
    assert_eq!((file.records_parsed, file.malformed), (1, 1));
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let file = read_json(format!("\u{FEFF}{{\"messages\":[{}]}}", message("m1", 10)).as_bytes());
    assert_eq!(ids(&file), ["m1"]);
    assert_eq!(file.malformed, 0);
}

#[test]
fn an_empty_or_whitespace_only_file_is_one_malformed_record() {
    for content in [&b""[..], b" \n\t\r\n"] {
        let file = read_json(content);
        assert_eq!((file.records_parsed, file.malformed), (1, 1));
    }
}

#[test]
fn a_bad_message_in_a_json_file_costs_only_that_message() {
    let file = read_json(
        format!(
            r#"{{"messages":[{},{},{}]}}"#,
            message("m1", 10),
            gemini("m2", 10, "not a time"),
            message("m3", 10).replace(r#""output":1"#, r#""output":1.5"#)
        )
        .as_bytes(),
    );
    assert_eq!(ids(&file), ["m1"]);
    assert_eq!(file.malformed, 2);
}

#[test]
fn a_repeated_id_within_the_file_keeps_the_last_copy() {
    let file = read_json(
        format!(
            r#"{{"messages":[{},{},{}]}}"#,
            message("m1", 10),
            message("m2", 5),
            message("m1", 30)
        )
        .as_bytes(),
    );
    assert_eq!(file.duplicates, 1);
    let inputs: Vec<i64> = file.kept.iter().map(|k| k.message.input).collect();
    assert_eq!(inputs, [5, 30]);
}

// ---- .jsonl sessions

#[test]
fn the_header_names_the_session_and_is_parsed_without_the_marker() {
    let file = read_jsonl(&format!(
        "{}\n{}\n",
        HEADER,
        gemini("m1", 10, "2026-04-24T23:17:00Z")
    ));
    assert_eq!(file.session_id.as_deref(), Some("s1"));
    assert_eq!(file.records_parsed, 2);
    assert_eq!(sessions(&file), ["s1"]);
}

#[test]
fn only_the_first_non_blank_line_can_be_the_header() {
    let file = read_jsonl(&format!(
        "\n\r\n{}\n{}\n{}\n",
        HEADER,
        r#"{"sessionId":"other","kind":"main","tokens":{}}"#,
        gemini("m1", 10, "2026-04-24T23:17:00Z")
    ));
    assert_eq!(file.session_id.as_deref(), Some("s1"));
    assert_eq!(ids(&file), ["m1"]);
}

#[test]
fn a_malformed_first_line_leaves_the_file_without_session_id() {
    let file = read_jsonl(&format!(
        "{{\"sessionId\":\"s1\",\n{}\n",
        gemini("m1", 10, "2026-04-24T23:17:00Z")
    ));
    assert_eq!(file.session_id, None);
    assert_eq!(file.malformed, 1);
    assert_eq!(sessions(&file), ["session-y"]);
}

#[test]
fn a_first_line_that_is_a_message_is_still_counted() {
    let file = read_jsonl(&format!("{}\n", gemini("m1", 10, "2026-04-24T23:17:00Z")));
    assert_eq!(file.session_id, None);
    assert_eq!(file.records_parsed, 1);
    assert_eq!(ids(&file), ["m1"]);
}

#[test]
fn lines_without_the_marker_are_not_parsed() {
    let file = read_jsonl(&format!(
        "{}\n{}\nnot json at all\n{}\n",
        HEADER,
        r#"{"$set":{"lastUpdated":"x"}}"#,
        r#"{"type":"user","content":[{"text":"say \"tokens\""}]}"#
    ));
    assert_eq!((file.records_parsed, file.malformed), (1, 0));
}

#[test]
fn set_records_are_never_messages() {
    let file = read_jsonl(&format!(
        "{}\n{{\"$set\":{{\"messages\":[{}]}}}}\n{{\"$set\":{}}}\n",
        HEADER,
        gemini("m1", 10, "2026-04-24T23:17:00Z"),
        gemini("m2", 10, "2026-04-24T23:17:00Z")
    ));
    assert_eq!((file.records_parsed, file.malformed), (3, 0));
    assert!(file.kept.is_empty());
}

#[test]
fn crlf_line_ends_and_a_missing_final_newline_are_fine() {
    let file = read_jsonl(&format!(
        "{}\r\n{}\r\n{}",
        HEADER,
        gemini("m1", 10, "2026-04-24T23:17:00Z"),
        gemini("m2", 10, "2026-04-24T23:18:00Z")
    ));
    assert_eq!(file.malformed, 0);
    assert_eq!(ids(&file), ["m1", "m2"]);
}

#[test]
fn rewrites_keep_the_last_copy_with_tokens_and_model_in_its_own_position() {
    let without_tokens =
        r#"{"id":"m1","type":"gemini","content":"","model":"gemini-2.5-pro","tokens":null}"#;
    let file = read_jsonl(&format!(
        "{}\n{}\n{}\n{}\n{}\n",
        HEADER,
        gemini("m1", 10, "2026-04-24T23:17:00Z"),
        gemini("m2", 20, "2026-04-24T23:17:30Z"),
        gemini("m1", 15, "2026-04-24T23:18:00Z"),
        without_tokens
    ));
    assert_eq!(ids(&file), ["m2", "m1"]);
    assert_eq!(file.kept[1].message.input, 15);
    assert_eq!((file.duplicates, file.malformed), (1, 0));
}

#[test]
fn a_malformed_copy_does_not_take_part_in_the_dedup() {
    let file = read_jsonl(&format!(
        "{}\n{}\n{}\n",
        HEADER,
        gemini("m1", 10, "2026-04-24T23:17:00Z"),
        gemini("m1", 10, "yesterday")
    ));
    assert_eq!((file.malformed, file.duplicates), (1, 0));
    assert_eq!(ids(&file), ["m1"]);
}

#[test]
fn the_timestamp_may_carry_an_offset() {
    let file = read_jsonl(&format!(
        "{}\n{}\n",
        HEADER,
        gemini("m1", 10, "2026-04-25T01:17:00.5+02:00")
    ));
    // 2026-04-24T23:17:00.500Z
    assert_eq!(file.kept[0].message.timestamp_ms, 1_777_072_620_500);
}

// ---- a whole home: mapping, clamping and the cross-file merge

#[test]
fn cached_tool_and_thoughts_map_into_disjoint_buckets() {
    let dir = TempDir::new();
    dir.write(
        ".gemini/tmp/p/chats/session-1.json",
        concat!(
            r#"{"sessionId":"s1","messages":[{"id":"m1","timestamp":"2026-01-24T18:03:40Z","#,
            r#""type":"gemini","tokens":{"input":6588,"output":26,"cached":6078,"thoughts":133,"#,
            r#""tool":120,"total":6867},"model":"gemini-2.5-pro"}]}"#
        )
        .as_bytes(),
    );
    let result = parse_home(&dir);
    let m = &result.messages[0];
    assert_eq!(
        (m.input, m.cache_read, m.output, m.reasoning, m.cache_write),
        (630, 6078, 26, 133, 0)
    );
    assert_eq!(m.provider_id, "google");
}

#[test]
fn a_clamped_subtraction_is_counted_once_on_the_copy_kept() {
    let dir = TempDir::new();
    let clamped = |input: i64| {
        format!(
            r#"{{"id":"m1","timestamp":"2026-01-24T18:03:40Z","type":"gemini","tokens":{{"input":{},"cached":150,"tool":20}},"model":"m"}}"#,
            input
        )
    };
    dir.write(
        ".gemini/tmp/p/chats/session-1.jsonl",
        format!("{}\n{}\n{}\n", HEADER, clamped(100), clamped(120)).as_bytes(),
    );
    let result = parse_home(&dir);
    assert_eq!(result.messages.len(), 1);
    assert_eq!(result.messages[0].input, 20);
    assert_eq!((result.stats.malformed, result.stats.duplicates), (1, 1));
}

#[test]
fn one_session_in_two_project_folders_counts_once_at_the_later_file() {
    let dir = TempDir::new();
    let doc = |models: &[(&str, &str)]| {
        let messages: Vec<String> = models
            .iter()
            .map(|(id, model)| message(id, 10).replace("gemini-2.5-pro", model))
            .collect();
        format!(
            r#"{{"sessionId":"s1","messages":[{}]}}"#,
            messages.join(",")
        )
    };
    dir.write(
        ".gemini/tmp/56cfacee/chats/session-a.json",
        doc(&[("m1", "old"), ("m2", "only-old")]).as_bytes(),
    );
    dir.write(
        ".gemini/tmp/56cfacee/chats/session-b.json",
        br#"{"messages":[]}"#,
    );
    dir.write(
        ".gemini/tmp/short/chats/session-a.json",
        doc(&[("m1", "new")]).as_bytes(),
    );
    let result = parse_home(&dir);
    let models: Vec<&str> = result
        .messages
        .iter()
        .map(|m| m.model_id.as_str())
        .collect();
    assert_eq!(models, ["only-old", "new"]);
    assert_eq!(
        result.stats,
        SourceStats {
            source: Source::Gemini,
            files_read: 3,
            files_unreadable: 0,
            records_parsed: 3,
            malformed: 0,
            duplicates: 1,
            messages: 2,
        }
    );
}
