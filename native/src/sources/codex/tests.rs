//! The parser as the runner drives it: discovery (archived copies), the marker filter, the
//! file-name session, and the merge's counts.

use super::*;
use crate::model::SourceStats;
use crate::testing::TempDir;

const USAGE_LINE: &str = "{\"timestamp\":\"2025-11-05T09:00:00.000Z\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":{\"last_token_usage\":{\"input_tokens\":5}}}}\n";

fn discover(home: &TempDir) -> Vec<std::path::PathBuf> {
    CodexParser
        .discover(&Locations::of_home(home.path()))
        .unwrap()
        .into_iter()
        .map(|file| file.path)
        .collect()
}

fn parse(path: &Path) -> CodexFileResult {
    CodexParser
        .parse_file(&DiscoveredFile::new(path.to_path_buf(), 1))
        .unwrap()
}

#[test]
fn archived_copy_of_a_session_file_is_skipped_and_archived_only_files_are_kept() {
    let home = TempDir::new();
    let kept = home.write(
        ".codex/sessions/2025/11/05/rollout-a.jsonl",
        USAGE_LINE.as_bytes(),
    );
    home.write(
        ".codex/archived_sessions/rollout-a.jsonl",
        USAGE_LINE.as_bytes(),
    );
    let archived_only = home.write(
        ".codex/archived_sessions/rollout-b.jsonl",
        USAGE_LINE.as_bytes(),
    );
    assert_eq!(discover(&home), [archived_only, kept]);
}

#[test]
fn finds_rollouts_at_any_depth_but_not_legacy_json_files() {
    let home = TempDir::new();
    let deep = home.write(
        ".codex/sessions/a/b/c/d/e/rollout-deep.jsonl",
        USAGE_LINE.as_bytes(),
    );
    home.write(".codex/sessions/rollout-2025-08-23-legacy.json", b"{}");
    home.write(".codex/sessions/notes.txt", b"");
    assert_eq!(discover(&home), [deep]);
}

#[test]
fn missing_roots_yield_no_files() {
    let home = TempDir::new();
    assert!(discover(&home).is_empty());
}

#[test]
fn without_a_sessions_root_archived_files_are_all_read() {
    let home = TempDir::new();
    let archived = home.write(
        ".codex/archived_sessions/rollout-a.jsonl",
        USAGE_LINE.as_bytes(),
    );
    assert_eq!(discover(&home), [archived]);
}

#[test]
fn parse_file_counts_only_lines_with_a_marker() {
    let home = TempDir::new();
    let content = format!(
        "{{\"type\":\"response_item\",\"payload\":{{}}}}\nnot json at all\n\n{}",
        USAGE_LINE
    );
    let file = home.write(".codex/sessions/rollout-x.jsonl", content.as_bytes());
    let result = parse(&file);
    assert_eq!((result.records_parsed, result.malformed), (1, 0));
    assert_eq!(result.messages[0].session_id, "rollout-x");
}

#[test]
fn every_marker_selects_its_lines_and_only_quoted_markers_count() {
    let home = TempDir::new();
    let content = concat!(
        "{\"type\":\"session_meta\",\"payload\":{\"id\":\"s\"}}\n",
        "{\"type\":\"turn_context\",\"payload\":{\"model\":\"m\"}}\n",
        "{\"type\":\"event_msg\",\"payload\":{\"type\":\"entered_review_mode\"}}\n",
        "{\"type\":\"event_msg\",\"payload\":{\"type\":\"exited_review_mode\"}}\n",
        "{\"type\":\"response_item\",\"text\":\"token_count turn_context\"}\n",
        "{\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":null}}\r\n",
    );
    let file = home.write(".codex/sessions/rollout-y.jsonl", content.as_bytes());
    let result = parse(&file);
    assert_eq!((result.records_parsed, result.malformed), (5, 0));
}

#[test]
fn empty_and_legacy_files_yield_nothing_and_nothing_malformed() {
    let home = TempDir::new();
    let empty = home.write(".codex/sessions/rollout-empty.jsonl", b"");
    let legacy = home.write(
        ".codex/sessions/rollout-legacy.jsonl",
        b"{\"id\":\"x\",\"timestamp\":\"2025-08-01T00:00:00Z\",\"instructions\":\"\"}\n{\"record_type\":\"state\"}\n",
    );
    for file in [empty, legacy] {
        let result = parse(&file);
        assert_eq!((result.records_parsed, result.messages.len()), (0, 0));
    }
}

#[test]
fn merge_counts_unreadable_files_and_keeps_file_order() {
    let home = TempDir::new();
    let first = home.write(".codex/sessions/rollout-1.jsonl", USAGE_LINE.as_bytes());
    let second = home.write(".codex/sessions/rollout-2.jsonl", USAGE_LINE.as_bytes());
    let files = [
        DiscoveredFile::new(first.clone(), 1),
        DiscoveredFile::new(second.clone(), 1),
        DiscoveredFile::new(home.path().join("gone.jsonl"), 1),
    ];
    assert!(CodexParser.parse_file(&files[2]).is_err());
    let parsed = vec![Some(parse(&first)), Some(parse(&second)), None];
    let result = CodexParser.merge(&files, parsed);
    let sessions: Vec<_> = result.messages.iter().map(|m| &m.session_id).collect();
    assert_eq!(sessions, ["rollout-1", "rollout-2"]);
    assert_eq!(
        result.stats,
        SourceStats {
            files_read: 2,
            files_unreadable: 1,
            records_parsed: 2,
            messages: 2,
            ..SourceStats::empty(Source::Codex)
        }
    );
}
