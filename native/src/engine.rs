//! The two phases as the C ABI runs them, in safe code: phase 1 from the request and store
//! payloads to a [`LocalData`] that stays native between the phases, phase 2 from that to a
//! report. `ffi` only moves bytes across the boundary; the outcome of every failure is chosen
//! here, as a [`Failure`] that maps to one status code.

use crate::local::request::ParseRequest;
use crate::local::{self, LocalParseResult};
use crate::model::UsageMessage;
use crate::report::{self, ReportKind};
use crate::{dump, store};

/// Why a call failed; each kind is one status code of the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// A null pointer or an impossible length (`TT_INVALID_ARGUMENT`).
    InvalidArgument(String),
    /// A payload that does not follow docs/abi.md (`TT_BAD_REQUEST`).
    BadRequest(String),
    /// The local data as a whole could not be read (`TT_IO_ERROR`).
    Io(String),
}

impl Failure {
    pub fn message(&self) -> &str {
        match self {
            Failure::InvalidArgument(m) | Failure::BadRequest(m) | Failure::Io(m) => m,
        }
    }
}

/// Phase 1's result: every selected local source's messages and counts.
#[derive(Debug)]
pub struct LocalData {
    result: LocalParseResult,
}

impl LocalData {
    pub fn messages(&self) -> &[UsageMessage] {
        &self.result.messages
    }

    /// The per-source counts (docs/abi.md, "Parse stats").
    pub fn stats_json(&self) -> String {
        local::request::stats_json(&self.result.stats)
    }

    /// The parse-golden text of the messages and counts (docs/abi.md, "Local dump").
    pub fn dump(&self) -> String {
        dump::of_local(&self.result)
    }
}

/// Phase 1: reads the request, decodes the OpenCode store rows Java read, and parses.
pub fn parse_local_sources(request: &[u8], store_rows: &[u8]) -> Result<LocalData, Failure> {
    let mut request =
        ParseRequest::from_json(request).map_err(|e| Failure::BadRequest(e.to_string()))?;
    request.locations.opencode_stores = store::decode(store_rows)
        .map_err(|e| Failure::BadRequest(format!("bad store rows: {}", e)))?;
    let result = local::parse(&request.sources, &request.locations, request.threads)
        .map_err(|e| Failure::Io(format!("cannot read the local data: {}", e)))?;
    Ok(LocalData { result })
}

/// Phase 2 for one report kind; returns the report JSON (docs/abi.md, "Reports").
pub fn finalize(
    kind: ReportKind,
    local: &LocalData,
    request: &[u8],
    prices: &[u8],
    zone: &[u8],
) -> Result<String, Failure> {
    report::finalize(kind, local.messages(), request, prices, zone)
        .map_err(|e| Failure::BadRequest(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(home: &str) -> String {
        format!(
            "{{\"sources\":[\"claude\",\"codex\",\"gemini\",\"opencode\"],\
             \"claudeRoots\":[\"{h}/.claude/projects\"],\"codexRoots\":[\"{h}/.codex/sessions\"],\
             \"geminiTmp\":\"{h}/.gemini/tmp\",\"openCodeData\":\"{h}/.local/share/opencode\",\
             \"threads\":2}}",
            h = home
        )
    }

    #[test]
    fn a_home_without_data_parses_to_zero_counts_per_source() {
        let local = parse_local_sources(request("/nonexistent/home").as_bytes(), &[]).unwrap();
        assert!(local.messages().is_empty());
        let stats: serde_json::Value = serde_json::from_str(&local.stats_json()).unwrap();
        for source in ["claude", "codex", "gemini", "opencode"] {
            assert_eq!(stats[source]["messages"], 0, "{}", source);
        }
    }

    #[test]
    fn a_bad_request_or_bad_store_rows_are_bad_requests() {
        assert!(matches!(
            parse_local_sources(b"{\"sources\":", &[]),
            Err(Failure::BadRequest(_))
        ));
        let truncated_store = [1u8, 0, 0, 0, 9];
        match parse_local_sources(request("/nonexistent").as_bytes(), &truncated_store) {
            Err(Failure::BadRequest(m)) => assert!(m.starts_with("bad store rows: "), "{}", m),
            other => panic!("{:?}", other),
        }
    }
}
