//! The golden text of a phase-1 parse, `testdata/golden/parse/…` (mirrors Java's test class
//! `source.ParseDump`, byte for byte): one JSON line per message in order, then one line of
//! counts per source.
//!
//! Fixed key order and plain formatting, written by hand so that no JSON library's opinions
//! enter: strings escape only `"`, `\`, `\n`, `\r`, `\t` and the other control characters (as
//! `\u00xx`, lower-case hex); times are `uuuu-MM-dd'T'HH:mm:ss.SSS'Z'` in UTC (a year beyond
//! 9999 gets a `+`, a negative one a `-`, as Java prints them); a reported cost is the exact
//! dollar decimal without trailing zeros, in quotes, or `null`; the cost rule is its Java name.

use crate::local::LocalParseResult;
use crate::model::{SourceResult, SourceStats, UsageMessage};
use crate::money;
use crate::timestamps;
use std::fmt::Write;

/// The golden text of one source's result.
pub fn of(result: &SourceResult) -> String {
    let mut out = String::new();
    write_messages(&mut out, &result.messages);
    write_stats(&mut out, &result.stats);
    out
}

/// The text of a whole phase 1 (`tt_local_dump`): every message, then one counts line per
/// parsed source.
pub fn of_local(result: &LocalParseResult) -> String {
    let mut out = String::new();
    write_messages(&mut out, &result.messages);
    for stats in &result.stats {
        write_stats(&mut out, stats);
    }
    out
}

/// One line per message.
pub fn write_messages(out: &mut String, messages: &[UsageMessage]) {
    for m in messages {
        out.push_str("{\"source\":\"");
        out.push_str(m.source.id());
        out.push_str("\",\"model\":");
        quote(out, &m.model_id);
        out.push_str(",\"provider\":");
        quote(out, &m.provider_id);
        out.push_str(",\"session\":");
        quote(out, &m.session_id);
        out.push_str(",\"time\":\"");
        out.push_str(&time_text(m.timestamp_ms));
        let _ = write!(
            out,
            "\",\"input\":{},\"output\":{},\"cacheRead\":{},\"cacheWrite\":{},\
             \"cacheWrite1h\":{},\"reasoning\":{},\"reportedCost\":",
            m.input, m.output, m.cache_read, m.cache_write, m.cache_write_1h, m.reasoning
        );
        if m.has_reported_cost() {
            let _ = write!(
                out,
                "\"{}\"",
                money::usd_text(i128::from(m.reported_cost_picos))
            );
        } else {
            out.push_str("null");
        }
        let _ = writeln!(out, ",\"costRule\":\"{}\"}}", m.cost_rule.name());
    }
}

/// The counts line.
pub fn write_stats(out: &mut String, s: &SourceStats) {
    let _ = writeln!(
        out,
        "{{\"stats\":{{\"filesRead\":{},\"filesUnreadable\":{},\"recordsParsed\":{},\
         \"malformed\":{},\"duplicates\":{},\"messages\":{}}}}}",
        s.files_read, s.files_unreadable, s.records_parsed, s.malformed, s.duplicates, s.messages
    );
}

/// JSON string quoting: escapes quote, backslash and control characters only.
pub fn quote(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Epoch milliseconds as `uuuu-MM-dd'T'HH:mm:ss.SSS'Z'` in UTC.
pub fn time_text(ms: i64) -> String {
    let day = ms.div_euclid(86_400_000);
    let ms_of_day = ms.rem_euclid(86_400_000);
    let (year, month, day_of_month) = timestamps::civil(day);
    let year_text = if year > 9999 {
        format!("+{}", year)
    } else if year < 0 {
        format!("-{:04}", year.unsigned_abs())
    } else {
        format!("{:04}", year)
    };
    format!(
        "{}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        year_text,
        month,
        day_of_month,
        ms_of_day / 3_600_000,
        ms_of_day / 60_000 % 60,
        ms_of_day / 1000 % 60,
        ms_of_day % 1000
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CostRule, Source, NO_REPORTED_COST};

    fn quoted(s: &str) -> String {
        let mut out = String::new();
        quote(&mut out, s);
        out
    }

    #[test]
    fn quotes_only_what_java_quotes() {
        assert_eq!(quoted("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(quoted("\n\r\t"), r#""\n\r\t""#);
        assert_eq!(
            quoted("\u{0}\u{1f}\u{8}\u{c}"),
            r#""\u0000\u001f\u0008\u000c""#
        );
        assert_eq!(
            quoted("/\u{7f}\u{e9}\u{2028}\u{1F600}"),
            "\"/\u{7f}\u{e9}\u{2028}\u{1F600}\""
        );
    }

    #[test]
    fn times_print_as_java_prints_them() {
        assert_eq!(time_text(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(time_text(-1), "1969-12-31T23:59:59.999Z");
        assert_eq!(time_text(1_755_757_762_408), "2025-08-21T06:29:22.408Z");
        assert_eq!(time_text(-62_167_219_200_000), "0000-01-01T00:00:00.000Z");
        assert_eq!(
            time_text(-62_167_219_200_000 - 3_600_000),
            "-0001-12-31T23:00:00.000Z"
        );
        assert_eq!(
            time_text(253_402_300_799_999 + 3_600_000),
            "+10000-01-01T00:59:59.999Z"
        );
    }

    #[test]
    fn a_result_dumps_messages_then_counts() {
        let mut result = SourceResult::empty(Source::Claude);
        let mut m = UsageMessage {
            source: Source::Claude,
            model_id: "claude-x".into(),
            provider_id: "anthropic".into(),
            session_id: "s\"1".into(),
            timestamp_ms: 1_755_757_762_408,
            input: 1,
            output: 2,
            cache_read: 3,
            cache_write: 4,
            cache_write_1h: 1,
            reasoning: 0,
            reported_cost_picos: 12_340_000_000_000,
            cost_rule: CostRule::ReportedFirst,
        };
        result.messages.push(m.clone());
        m.reported_cost_picos = NO_REPORTED_COST;
        m.cost_rule = CostRule::NotCharged;
        result.messages.push(m);
        result.stats.messages = 2;
        assert_eq!(
            of(&result),
            "{\"source\":\"claude\",\"model\":\"claude-x\",\"provider\":\"anthropic\",\"session\":\"s\\\"1\",\
             \"time\":\"2025-08-21T06:29:22.408Z\",\"input\":1,\"output\":2,\"cacheRead\":3,\"cacheWrite\":4,\
             \"cacheWrite1h\":1,\"reasoning\":0,\"reportedCost\":\"12.34\",\"costRule\":\"REPORTED_FIRST\"}\n\
             {\"source\":\"claude\",\"model\":\"claude-x\",\"provider\":\"anthropic\",\"session\":\"s\\\"1\",\
             \"time\":\"2025-08-21T06:29:22.408Z\",\"input\":1,\"output\":2,\"cacheRead\":3,\"cacheWrite\":4,\
             \"cacheWrite1h\":1,\"reasoning\":0,\"reportedCost\":null,\"costRule\":\"NOT_CHARGED\"}\n\
             {\"stats\":{\"filesRead\":0,\"filesUnreadable\":0,\"recordsParsed\":0,\"malformed\":0,\
             \"duplicates\":0,\"messages\":2}}\n"
        );
    }
}
