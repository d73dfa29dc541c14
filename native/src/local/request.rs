//! The phase-1 payloads of the C ABI (docs/abi.md, "Parse request" and "Parse stats"): the
//! request JSON read into a [`ParseRequest`], and the per-source counts written as JSON.
//!
//! The request is read strictly: every member of docs/abi.md must be there with its type, and an
//! unknown member, an unknown source id or a wrong type is a bad request (`TT_BAD_REQUEST`),
//! because it means the two sides disagree on the schema. `cursor` may be listed and is ignored
//! here, as in Java's `engine.ParseRequest`.

use crate::model::{Source, SourceStats};
use crate::request_json;
use crate::sources::Locations;
use serde_json::{Map, Value};
use std::fmt;
use std::path::PathBuf;

/// More threads than this are not started; the result does not depend on the count.
pub const MAX_THREADS: usize = 256;

const MEMBERS: [&str; 6] = [
    "sources",
    "claudeRoots",
    "codexRoots",
    "geminiTmp",
    "openCodeData",
    "threads",
];

/// Phase 1's input: which local sources to read, where they are, and how many threads may parse
/// files at once (1..=[`MAX_THREADS`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseRequest {
    pub sources: Vec<Source>,
    pub locations: Locations,
    pub threads: usize,
}

/// A request that does not follow docs/abi.md; the message says what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRequest(pub String);

impl fmt::Display for BadRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad parse request: {}", self.0)
    }
}

impl std::error::Error for BadRequest {}

impl ParseRequest {
    /// Reads the request JSON.
    pub fn from_json(bytes: &[u8]) -> Result<ParseRequest, BadRequest> {
        let object = &request_json::object(bytes, &MEMBERS).map_err(BadRequest)?;
        let sources = strings(object, "sources")?
            .iter()
            .map(|id| {
                Source::from_id(id).ok_or_else(|| BadRequest(format!("unknown source \"{}\"", id)))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let locations = Locations {
            claude_roots: paths(object, "claudeRoots")?,
            codex_roots: paths(object, "codexRoots")?,
            gemini_tmp: PathBuf::from(string(object, "geminiTmp")?),
            opencode_data: PathBuf::from(string(object, "openCodeData")?),
            // The store's rows come in their own payload, not in the request JSON.
            opencode_stores: Vec::new(),
        };
        let threads = member(object, "threads")?
            .as_i64()
            .ok_or_else(|| BadRequest("\"threads\" is not an integer".to_string()))?;
        Ok(ParseRequest {
            sources,
            locations,
            threads: threads.clamp(1, MAX_THREADS as i64) as usize,
        })
    }
}

fn member<'v>(object: &'v Map<String, Value>, name: &str) -> Result<&'v Value, BadRequest> {
    request_json::member(object, name).map_err(BadRequest)
}

fn string<'v>(object: &'v Map<String, Value>, name: &str) -> Result<&'v str, BadRequest> {
    request_json::string(object, name).map_err(BadRequest)
}

fn strings<'v>(object: &'v Map<String, Value>, name: &str) -> Result<Vec<&'v str>, BadRequest> {
    let not_strings = || BadRequest(format!("\"{}\" is not an array of strings", name));
    member(object, name)?
        .as_array()
        .ok_or_else(not_strings)?
        .iter()
        .map(|v| v.as_str().ok_or_else(not_strings))
        .collect()
}

fn paths(object: &Map<String, Value>, name: &str) -> Result<Vec<PathBuf>, BadRequest> {
    Ok(strings(object, name)?
        .into_iter()
        .map(PathBuf::from)
        .collect())
}

/// The parse stats JSON: one object per parsed source, in source order, with the fields of
/// Java's `SourceStats`.
pub fn stats_json(stats: &[SourceStats]) -> String {
    let entries: Vec<String> = stats
        .iter()
        .map(|s| {
            format!(
                "\"{}\":{{\"filesRead\":{},\"filesUnreadable\":{},\"recordsParsed\":{},\
                 \"malformed\":{},\"duplicates\":{},\"messages\":{}}}",
                s.source.id(),
                s.files_read,
                s.files_unreadable,
                s.records_parsed,
                s.malformed,
                s.duplicates,
                s.messages
            )
        })
        .collect();
    format!("{{{}}}", entries.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"{
      "sources": ["claude", "codex", "gemini", "opencode"],
      "claudeRoots": ["/home/u/.config/claude/projects", "/home/u/.claude/projects"],
      "codexRoots": ["/home/u/.codex/sessions", "/home/u/.codex/archived_sessions"],
      "geminiTmp": "/home/u/.gemini/tmp",
      "openCodeData": "/home/u/.local/share/opencode",
      "threads": 2
    }"#;

    fn with(member: &str, value: &str) -> String {
        let mut object: Map<String, Value> = serde_json::from_str(EXAMPLE).unwrap();
        object.insert(member.to_string(), serde_json::from_str(value).unwrap());
        Value::Object(object).to_string()
    }

    #[test]
    fn reads_the_example_of_the_abi_document() {
        let request = ParseRequest::from_json(EXAMPLE.as_bytes()).unwrap();
        assert_eq!(
            request.sources,
            [
                Source::Claude,
                Source::Codex,
                Source::Gemini,
                Source::OpenCode
            ]
        );
        assert_eq!(request.locations, Locations::of_home("/home/u".as_ref()));
        assert_eq!(request.threads, 2);
    }

    #[test]
    fn threads_are_clamped_and_cursor_is_accepted() {
        let read = |json: String| ParseRequest::from_json(json.as_bytes()).unwrap();
        assert_eq!(read(with("threads", "0")).threads, 1);
        assert_eq!(read(with("threads", "-5")).threads, 1);
        assert_eq!(read(with("threads", "100000")).threads, MAX_THREADS);
        assert_eq!(
            read(with("sources", r#"["cursor","Claude"]"#)).sources,
            [Source::Cursor, Source::Claude]
        );
    }

    #[test]
    fn rejects_what_does_not_follow_the_schema() {
        let mut missing: Map<String, Value> = serde_json::from_str(EXAMPLE).unwrap();
        missing.remove("geminiTmp");
        let bad = [
            "[]".to_string(),
            "{".to_string(),
            Value::Object(missing).to_string(),
            with("extra", "1"),
            with("sources", r#"["copilot"]"#),
            with("sources", r#""claude""#),
            with("claudeRoots", "[1]"),
            with("openCodeData", "null"),
            with("threads", "1.5"),
            with("threads", r#""2""#),
        ];
        for json in bad {
            assert!(
                ParseRequest::from_json(json.as_bytes()).is_err(),
                "{}",
                json
            );
        }
    }

    #[test]
    fn stats_are_written_per_source_in_order() {
        let claude = SourceStats {
            files_read: 12,
            records_parsed: 345,
            duplicates: 10,
            messages: 120,
            ..SourceStats::empty(Source::Claude)
        };
        let json = stats_json(&[claude, SourceStats::empty(Source::Codex)]);
        assert_eq!(
            json,
            "{\"claude\":{\"filesRead\":12,\"filesUnreadable\":0,\"recordsParsed\":345,\
             \"malformed\":0,\"duplicates\":10,\"messages\":120},\"codex\":{\"filesRead\":0,\
             \"filesUnreadable\":0,\"recordsParsed\":0,\"malformed\":0,\"duplicates\":0,\
             \"messages\":0}}"
        );
        assert_eq!(stats_json(&[]), "{}");
        let parsed: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed["claude"]["messages"], 120);
    }
}
