//! The report JSON of docs/abi.md ("Reports"), as Java's `engine.NativeReports` reads it.
//!
//! Written by hand into one `String`: the shape is fixed and small, and amounts must be the exact
//! picodollar counts as decimal strings (JSON numbers would lose them in a reader's double).
//! Lists are written in report order; Java only decodes them.

use super::graph::GraphReport;
use super::models::ModelReport;
use super::periods::PeriodReport;
use super::pricer::PricingNotes;
use super::usage::Usage;
use crate::dump::quote;
use crate::model::SourceStats;
use std::fmt::Write;

/// What reading the Cursor CSVs gave: its counts (`None` when Cursor was not in the report) and
/// its warnings.
pub struct CursorPart<'c> {
    pub stats: Option<&'c SourceStats>,
    pub warnings: &'c [String],
}

pub fn models(report: &ModelReport, cursor: &CursorPart) -> String {
    let mut out = String::with_capacity(256 + report.rows.len() * 200);
    out.push_str("{\"rows\":[");
    for (i, row) in report.rows.iter().enumerate() {
        comma(&mut out, i);
        out.push_str("{\"source\":");
        quote(&mut out, row.source.id());
        out.push_str(",\"provider\":");
        quote(&mut out, row.provider);
        out.push_str(",\"model\":");
        quote(&mut out, row.model);
        out.push_str(",\"usage\":");
        usage(&mut out, &row.usage);
        out.push('}');
    }
    out.push_str("],\"total\":");
    usage(&mut out, &report.total);
    tail(&mut out, &report.pricing, cursor);
    out
}

pub fn periods(report: &PeriodReport, cursor: &CursorPart) -> String {
    let mut out = String::with_capacity(256 + report.rows.len() * 200);
    out.push_str("{\"rows\":[");
    for (i, row) in report.rows.iter().enumerate() {
        comma(&mut out, i);
        out.push_str("{\"period\":");
        quote(&mut out, &row.period);
        out.push_str(",\"models\":");
        strings(&mut out, row.models.iter().copied());
        out.push_str(",\"usage\":");
        usage(&mut out, &row.usage);
        out.push('}');
    }
    out.push_str("],\"total\":");
    usage(&mut out, &report.total);
    tail(&mut out, &report.pricing, cursor);
    out
}

pub fn graph(report: &GraphReport, cursor: &CursorPart) -> String {
    let mut out = String::with_capacity(512 + report.contributions.len() * 400);
    let m = &report.meta;
    out.push_str("{\"meta\":{\"generatedAt\":");
    quote(&mut out, &m.generated_at);
    out.push_str(",\"version\":");
    quote(&mut out, &m.version);
    out.push_str(",\"timezone\":");
    quote(&mut out, &m.timezone);
    out.push_str(",\"dateStart\":");
    quote(&mut out, &m.date_start);
    out.push_str(",\"dateEnd\":");
    quote(&mut out, &m.date_end);
    let s = &report.summary;
    let _ = write!(
        out,
        "}},\"summary\":{{\"totalTokens\":{},\"totalCost\":\"{}\",\"totalDays\":{},\
         \"activeDays\":{},\"averagePerDay\":\"{}\",\"maxCostInSingleDay\":\"{}\",\"sources\":",
        s.total_tokens,
        s.total_cost,
        s.total_days,
        s.active_days,
        s.average_per_day,
        s.max_cost_in_single_day
    );
    strings(&mut out, s.sources.iter().copied());
    out.push_str(",\"models\":");
    strings(&mut out, s.models.iter().copied());
    out.push_str("},\"years\":[");
    for (i, y) in report.years.iter().enumerate() {
        comma(&mut out, i);
        out.push_str("{\"year\":");
        quote(&mut out, &y.year);
        let _ = write!(
            out,
            ",\"totalTokens\":{},\"totalCost\":\"{}\",\"start\":",
            y.total_tokens, y.total_cost
        );
        quote(&mut out, &y.start);
        out.push_str(",\"end\":");
        quote(&mut out, &y.end);
        out.push('}');
    }
    out.push_str("],\"contributions\":[");
    for (i, day) in report.contributions.iter().enumerate() {
        comma(&mut out, i);
        out.push_str("{\"date\":");
        quote(&mut out, &day.date);
        out.push_str(",\"usage\":");
        usage(&mut out, &day.usage);
        let _ = write!(out, ",\"intensity\":{},\"sources\":[", day.intensity);
        for (j, e) in day.sources.iter().enumerate() {
            comma(&mut out, j);
            out.push_str("{\"source\":");
            quote(&mut out, e.source.id());
            out.push_str(",\"modelId\":");
            quote(&mut out, e.model_id);
            out.push_str(",\"providerId\":");
            quote(&mut out, e.provider_id);
            out.push_str(",\"usage\":");
            usage(&mut out, &e.usage);
            out.push('}');
        }
        out.push_str("]}");
    }
    out.push(']');
    tail(&mut out, &report.pricing, cursor);
    out
}

fn comma(out: &mut String, index: usize) {
    if index > 0 {
        out.push(',');
    }
}

fn usage(out: &mut String, u: &Usage) {
    let t = &u.tokens;
    let _ = write!(
        out,
        "{{\"input\":{},\"output\":{},\"cacheRead\":{},\"cacheWrite\":{},\"reasoning\":{},\
         \"messages\":{},\"cost\":\"{}\"}}",
        t.input, t.output, t.cache_read, t.cache_write, t.reasoning, u.messages, u.cost_picos
    );
}

fn strings<'s>(out: &mut String, values: impl Iterator<Item = &'s str>) {
    out.push('[');
    for (i, v) in values.enumerate() {
        comma(out, i);
        quote(out, v);
    }
    out.push(']');
}

/// The members every report ends with: `pricing`, `cursor`, `warnings`; closes the object.
fn tail(out: &mut String, pricing: &PricingNotes, cursor: &CursorPart) {
    out.push_str(",\"pricing\":{\"models\":[");
    for (i, m) in pricing.models.iter().enumerate() {
        comma(out, i);
        out.push_str("{\"model\":");
        quote(out, &m.model);
        out.push_str(",\"matchedKey\":");
        match &m.matched_key {
            Some(key) => quote(out, key),
            None => out.push_str("null"),
        }
        out.push_str(",\"match\":");
        quote(out, m.match_id);
        out.push('}');
    }
    out.push_str("],\"unpriced\":");
    strings(out, pricing.unpriced.iter().map(String::as_str));
    out.push_str("},\"cursor\":");
    match cursor.stats {
        Some(s) => {
            let _ = write!(
                out,
                "{{\"filesRead\":{},\"filesUnreadable\":{},\"recordsParsed\":{},\"malformed\":{},\
                 \"duplicates\":{},\"messages\":{}}}",
                s.files_read,
                s.files_unreadable,
                s.records_parsed,
                s.malformed,
                s.duplicates,
                s.messages
            );
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"warnings\":");
    strings(out, cursor.warnings.iter().map(String::as_str));
    out.push('}');
}
