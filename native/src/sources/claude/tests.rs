//! The Claude rules of SPEC §2–§3, one test each (Java's `ClaudeParserTest` cases included), over
//! small homes written to a temporary directory and parsed through the whole phase 1 with one
//! and with two threads. This module holds the helpers; `line_rules` checks what one line
//! becomes, `dedup_rules` the merge across lines and files.

use super::mapping::provider_of;
use super::*;
use crate::local;
use crate::model::{SourceResult, UsageMessage, NO_REPORTED_COST};
use crate::testing::TempDir;
use std::path::Path;

const TS: &str = "2026-03-01T10:00:00.000Z";
const TS_MS: i64 = 1_772_359_200_000;

/// Phase 1 of Claude over a home, with `threads` threads.
fn parse_with(home: &Path, threads: usize) -> SourceResult {
    let parsed = local::parse(&[Source::Claude], &Locations::of_home(home), threads).unwrap();
    SourceResult {
        stats: *parsed.stats_of(Source::Claude).unwrap(),
        messages: parsed.messages,
    }
}

fn parse(home: &TempDir) -> SourceResult {
    let one = parse_with(home.path(), 1);
    assert_eq!(
        one,
        parse_with(home.path(), 2),
        "thread count changed the result"
    );
    one
}

/// Writes lines (each followed by a newline) to `.claude/projects/p/<name>`.
fn write(home: &TempDir, name: &str, lines: &[&str]) {
    let mut text = lines.join("\n");
    text.push('\n');
    home.write(&format!(".claude/projects/p/{}", name), text.as_bytes());
}

/// An assistant line with extra top-level members, a message id and an output count.
fn assistant(top: &str, message_id: &str, output: i64) -> String {
    line(
        top,
        message_id,
        &format!("\"input_tokens\":3,\"output_tokens\":{}", output),
    )
}

fn line(top: &str, message_id: &str, usage: &str) -> String {
    format!(
        "{{{}\"type\":\"assistant\",\"timestamp\":\"{}\",\"message\":{{\"model\":\"claude-opus-4-6\",\
         \"id\":\"{}\",\"usage\":{{{}}}}}}}",
        with_comma(top),
        TS,
        message_id,
        usage
    )
}

/// A progress record embedding a sub-agent turn (`msg_p`) with the given members.
fn progress(outer: &str, embedded: &str, output: i64) -> String {
    format!(
        "{{\"type\":\"progress\",\"sessionId\":\"s\",{},\"data\":{{\"type\":\"agent_progress\",\
         \"message\":{{\"type\":\"assistant\",{},\"message\":{{\"model\":\"claude-haiku-4-5\",\
         \"id\":\"msg_p\",\"usage\":{{\"input_tokens\":3,\"output_tokens\":{}}}}}}}}}}}",
        outer, embedded, output
    )
}

fn with_comma(members: &str) -> String {
    if members.is_empty() {
        String::new()
    } else {
        format!("{},", members)
    }
}

fn outputs(result: &SourceResult) -> Vec<i64> {
    result.messages.iter().map(|m| m.output).collect()
}

/// (records parsed, malformed, duplicates, messages).
fn counts(result: &SourceResult) -> (u64, u64, u64, u64) {
    let s = &result.stats;
    (s.records_parsed, s.malformed, s.duplicates, s.messages)
}

fn only(result: &SourceResult) -> &UsageMessage {
    assert_eq!(result.messages.len(), 1, "{:?}", result.messages);
    &result.messages[0]
}

mod dedup_rules;
mod line_rules;
