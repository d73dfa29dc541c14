//! The one way the lexical layer says "this record breaks the rules" (mirrors Java
//! `scan.MalformedRecordException`).

use std::fmt;

/// A record that is not valid strict JSON, or a usage record whose fields break the rules of
/// SPEC §2 (Java `scan.MalformedRecordException`). Returned per record and counted by the
/// source parser; it never aborts a run. Cheap to make: a static reason and a byte position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Malformed {
    reason: &'static str,
    at: Option<usize>,
}

impl Malformed {
    /// A rule broken by the record as a whole (a field's value, not a byte position).
    pub fn new(reason: &'static str) -> Malformed {
        Malformed { reason, at: None }
    }

    /// A rule broken at byte `at` of the record.
    pub fn at(reason: &'static str, at: usize) -> Malformed {
        Malformed {
            reason,
            at: Some(at),
        }
    }

    pub fn reason(&self) -> &'static str {
        self.reason
    }
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some(at) => write!(f, "{} at byte {}", self.reason, at),
            None => f.write_str(self.reason),
        }
    }
}

impl std::error::Error for Malformed {}
