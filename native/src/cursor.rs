//! STAND-IN, replaced at merge by helper rcursor's module (mirrors Java `cursor` CSV reading).
//! Only the signature the report code uses; reads nothing.

use crate::model::{Source, SourceStats, UsageMessage};
use std::path::Path;

pub struct CursorCsvResult {
    pub messages: Vec<UsageMessage>,
    pub stats: SourceStats,
    pub warnings: Vec<String>,
}

pub fn read(_dir: &Path) -> CursorCsvResult {
    CursorCsvResult {
        messages: Vec::new(),
        stats: SourceStats::empty(Source::Cursor),
        warnings: Vec::new(),
    }
}
