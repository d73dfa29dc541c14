//! Phase 2 of the native engine: prices the messages and aggregates one report (mirrors Java
//! `engine.JavaEngine.finalizeReport` and the package `report`).
//!
//! [`finalize`] is what the C ABI calls: it reads the finalize request, the price table and the
//! zone table (docs/abi.md), adds the Cursor CSV messages after the local ones when Cursor is in
//! the report, prices every message of the date range ([`pricer`]), builds the report of the
//! asked kind ([`models`], [`periods`], [`graph`]) and writes it as the report JSON that Java's
//! `engine.NativeReports` reads ([`json_out`]).
//!
//! Every number equals Java's: token sums saturate, costs are 128-bit picodollar counts, and
//! everything Java sorts as text is sorted in its UTF-16 order ([`text_order`]).

pub mod date_filter;
pub mod graph;
pub mod json_out;
pub mod models;
pub mod periods;
pub mod pricer;
pub mod request;
pub mod text_order;
pub mod usage;

#[cfg(test)]
mod tests;

use crate::cursor;
use crate::model::UsageMessage;
use crate::pricing::{ModelResolver, PriceTable};
use crate::zone::ZoneTable;
use json_out::CursorPart;
use pricer::MessagePricer;
use request::FinalizeRequest;
use std::fmt;

/// Which report finalize builds; each has its own C entry point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    Models,
    Monthly,
    Daily,
    Graph,
}

/// A finalize input that does not follow docs/abi.md; the message says what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRequest(pub String);

impl fmt::Display for BadRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad finalize request: {}", self.0)
    }
}

impl std::error::Error for BadRequest {}

/// Builds one report from phase 1's messages (`local`, in phase-1 order) and the request.
pub fn finalize(
    kind: ReportKind,
    local: &[UsageMessage],
    request_json: &[u8],
    prices: &[u8],
    zone: &[u8],
) -> Result<String, BadRequest> {
    let request = FinalizeRequest::from_json(request_json)?;
    let table =
        PriceTable::decode(prices).map_err(|e| BadRequest(format!("price table: {}", e)))?;
    let zone = ZoneTable::decode(zone).map_err(BadRequest)?;
    let cursor = request.cursor_dir.as_ref().map(|dir| cursor::read(dir));
    let cursor_messages: &[UsageMessage] = cursor.as_ref().map_or(&[], |c| &c.messages);

    let resolver = ModelResolver::new(&table);
    let priced = MessagePricer {
        resolve: |id: &str| resolver.resolve(id),
        mode: request.mode,
        zone: &zone,
        filter: request.filter,
    }
    .price(local.iter().chain(cursor_messages));

    let part = CursorPart {
        stats: cursor.as_ref().map(|c| &c.stats),
        warnings: cursor.as_ref().map_or(&[], |c| &c.warnings),
    };
    Ok(match kind {
        ReportKind::Models => json_out::models(&models::build(&priced), &part),
        ReportKind::Monthly => {
            json_out::periods(&periods::build(&priced, periods::Granularity::Month), &part)
        }
        ReportKind::Daily => {
            json_out::periods(&periods::build(&priced, periods::Granularity::Day), &part)
        }
        ReportKind::Graph => json_out::graph(
            &graph::build(&priced, &request.version, &request.timezone),
            &part,
        ),
    })
}
