//! The "Finalize request" JSON of docs/abi.md (mirrors what Java's `engine.NativePayloads`
//! writes from `engine.FinalizeRequest`).
//!
//! Read strictly, like the parse request: every member must be there with its type, and an
//! unknown member or an unknown cost mode is a bad request, because it means the two sides
//! disagree on the schema.

use super::date_filter::DateFilter;
use super::BadRequest;
use crate::pricing::CostMode;
use crate::request_json;
use serde_json::{Map, Value};
use std::path::PathBuf;

const MEMBERS: [&str; 6] = [
    "cursorDir",
    "mode",
    "firstDay",
    "lastDay",
    "version",
    "timezone",
];

/// Phase 2's options (the price and zone tables travel separately, in binary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinalizeRequest {
    /// The Cursor CSV folder, or `None` when Cursor is not in the report.
    pub cursor_dir: Option<PathBuf>,
    pub mode: CostMode,
    pub filter: DateFilter,
    /// The tool version and the zone id, for the graph's `meta`.
    pub version: String,
    pub timezone: String,
}

impl FinalizeRequest {
    pub fn from_json(bytes: &[u8]) -> Result<FinalizeRequest, BadRequest> {
        let object = &request_json::object(bytes, &MEMBERS).map_err(BadRequest)?;
        let cursor_dir = match member(object, "cursorDir")? {
            Value::Null => None,
            Value::String(dir) => Some(PathBuf::from(dir)),
            _ => {
                return Err(BadRequest(
                    "\"cursorDir\" is not a string or null".to_string(),
                ))
            }
        };
        let mode_id = string(object, "mode")?;
        let mode = CostMode::from_id(mode_id)
            .ok_or_else(|| BadRequest(format!("unknown cost mode \"{}\"", mode_id)))?;
        Ok(FinalizeRequest {
            cursor_dir,
            mode,
            filter: DateFilter {
                first_day: day(object, "firstDay")?,
                last_day: day(object, "lastDay")?,
            },
            version: string(object, "version")?.to_string(),
            timezone: string(object, "timezone")?.to_string(),
        })
    }
}

fn member<'v>(object: &'v Map<String, Value>, name: &str) -> Result<&'v Value, BadRequest> {
    request_json::member(object, name).map_err(BadRequest)
}

fn string<'v>(object: &'v Map<String, Value>, name: &str) -> Result<&'v str, BadRequest> {
    request_json::string(object, name).map_err(BadRequest)
}

/// An epoch day: any integer within `i64` (the filter's open ends are `i64::MIN`/`i64::MAX`).
fn day(object: &Map<String, Value>, name: &str) -> Result<i64, BadRequest> {
    member(object, name)?
        .as_i64()
        .ok_or_else(|| BadRequest(format!("\"{}\" is not a 64-bit integer", name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"{"cursorDir": "/home/u/.token-tracker/cursor-cache", "mode": "auto",
        "firstDay": -9223372036854775808, "lastDay": 9223372036854775807,
        "version": "0.1.0", "timezone": "UTC"}"#;

    fn with(member: &str, value: &str) -> String {
        let mut object: Map<String, Value> = serde_json::from_str(EXAMPLE).unwrap();
        object.insert(member.to_string(), serde_json::from_str(value).unwrap());
        Value::Object(object).to_string()
    }

    #[test]
    fn reads_the_example_of_the_abi_document() {
        let request = FinalizeRequest::from_json(EXAMPLE.as_bytes()).unwrap();
        assert_eq!(
            request,
            FinalizeRequest {
                cursor_dir: Some(PathBuf::from("/home/u/.token-tracker/cursor-cache")),
                mode: CostMode::Auto,
                filter: DateFilter::ALL,
                version: "0.1.0".to_string(),
                timezone: "UTC".to_string(),
            }
        );
    }

    #[test]
    fn cursor_dir_may_be_null_and_every_mode_is_known() {
        let read = |json: String| FinalizeRequest::from_json(json.as_bytes()).unwrap();
        assert_eq!(read(with("cursorDir", "null")).cursor_dir, None);
        assert_eq!(
            read(with("mode", "\"calculate\"")).mode,
            CostMode::Calculate
        );
        assert_eq!(read(with("mode", "\"display\"")).mode, CostMode::Display);
        assert_eq!(read(with("firstDay", "20000")).filter.first_day, 20_000);
    }

    #[test]
    fn rejects_what_does_not_follow_the_schema() {
        let mut missing: Map<String, Value> = serde_json::from_str(EXAMPLE).unwrap();
        missing.remove("timezone");
        let bad = [
            "[]".to_string(),
            "{".to_string(),
            Value::Object(missing).to_string(),
            with("extra", "1"),
            with("cursorDir", "1"),
            with("mode", "\"AUTO\""),
            with("mode", "null"),
            with("firstDay", "1.5"),
            with("lastDay", "9223372036854775808"),
            with("firstDay", "\"0\""),
            with("version", "null"),
        ];
        for json in bad {
            assert!(
                FinalizeRequest::from_json(json.as_bytes()).is_err(),
                "{}",
                json
            );
        }
    }
}
