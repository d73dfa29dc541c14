//! `finalize` through its public signature, with hand-built binary tables.

use super::fixtures::{at, day};
use crate::model::{Source, UsageMessage};
use crate::report::{finalize, BadRequest, ReportKind};
use crate::testing::TempDir;
use serde_json::{json, Value};

/// The "Price table" layout: one key with input and output rates, the rest absent.
fn price_table(entries: &[(&str, i64, i64)]) -> Vec<u8> {
    let mut out = (entries.len() as u32).to_le_bytes().to_vec();
    for &(key, input, output) in entries {
        out.extend_from_slice(&(key.len() as u32).to_le_bytes());
        out.extend_from_slice(key.as_bytes());
        for rate in [input, output, -1, -1, -1, -1, -1, -1, -1, -1] {
            out.extend_from_slice(&rate.to_le_bytes());
        }
    }
    out
}

fn zone_table(entries: &[(i64, i32)]) -> Vec<u8> {
    let mut out = (entries.len() as u32).to_le_bytes().to_vec();
    for &(start, offset) in entries {
        out.extend_from_slice(&start.to_le_bytes());
        out.extend_from_slice(&offset.to_le_bytes());
    }
    out
}

fn request(cursor_dir: Value, mode: &str, first: i64, last: i64) -> Vec<u8> {
    json!({"cursorDir": cursor_dir, "mode": mode, "firstDay": first, "lastDay": last,
           "version": "0.1.0", "timezone": "Asia/Seoul"})
    .to_string()
    .into_bytes()
}

fn local() -> Vec<UsageMessage> {
    vec![
        at(
            Source::Codex,
            "gpt-5",
            "openai",
            "2026-03-14T23:58:30Z",
            1000,
            100,
            -1,
        ),
        at(
            Source::Claude,
            "mystery",
            "anthropic",
            "2026-03-14T10:00:00Z",
            7,
            0,
            -1,
        ),
        at(
            Source::Codex,
            "gpt-5",
            "openai",
            "2026-04-01T00:00:00Z",
            2000,
            0,
            -1,
        ),
    ]
}

fn run(kind: ReportKind, mode: &str) -> Value {
    let text = finalize(
        kind,
        &local(),
        &request(Value::Null, mode, i64::MIN, i64::MAX),
        &price_table(&[("gpt-5", 1_250, 10_000)]),
        &zone_table(&[(i64::MIN, 9 * 3600)]),
    )
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn models_are_priced_from_the_table_and_unpriced_models_are_noted() {
    let report = run(ReportKind::Models, "calculate");
    // 1000 × 1250 + 100 × 10000 and 2000 × 1250 picodollars.
    assert_eq!(report["rows"][0]["model"], "gpt-5");
    assert_eq!(report["rows"][0]["usage"]["cost"], "4750000");
    assert_eq!(report["rows"][0]["usage"]["messages"], 2);
    assert_eq!(report["rows"][1]["model"], "mystery");
    assert_eq!(report["rows"][1]["usage"]["cost"], "0");
    assert_eq!(report["total"]["cost"], "4750000");
    assert_eq!(
        report["pricing"],
        json!({"models": [
                   {"model": "gpt-5", "matchedKey": "gpt-5", "match": "exact"},
                   {"model": "mystery", "matchedKey": null, "match": "unpriced"}],
               "unpriced": ["mystery"]})
    );
    assert_eq!(report["cursor"], Value::Null);
    assert_eq!(report["warnings"], json!([]));
}

#[test]
fn display_mode_needs_no_price() {
    let report = run(ReportKind::Models, "display");
    assert_eq!(report["total"]["cost"], "0");
    assert_eq!(report["pricing"]["unpriced"], json!([]));
    assert_eq!(report["total"]["messages"], 3);
}

#[test]
fn periods_use_the_local_day_of_the_zone_table() {
    let daily = run(ReportKind::Daily, "display");
    let periods: Vec<&str> = daily["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["period"].as_str().unwrap())
        .collect();
    // 23:58 UTC on the 14th is the 15th at +09:00.
    assert_eq!(periods, ["2026-03-14", "2026-03-15", "2026-04-01"]);
    let monthly = run(ReportKind::Monthly, "display");
    assert_eq!(monthly["rows"][0]["period"], "2026-03");
    assert_eq!(monthly["rows"][0]["models"], json!(["gpt-5", "mystery"]));
    assert_eq!(monthly["rows"].as_array().unwrap().len(), 2);
}

#[test]
fn the_graph_carries_the_request_version_and_zone() {
    let graph = run(ReportKind::Graph, "calculate");
    assert_eq!(graph["meta"]["version"], "0.1.0");
    assert_eq!(graph["meta"]["timezone"], "Asia/Seoul");
    assert_eq!(graph["meta"]["generatedAt"], "2026-04-01T00:00:00.000Z");
    assert_eq!(graph["summary"]["totalDays"], 3);
    assert_eq!(graph["summary"]["activeDays"], 2);
    assert_eq!(graph["summary"]["totalCost"], "4750000");
    assert_eq!(graph["summary"]["averagePerDay"], "2375000");
    assert_eq!(graph["contributions"][0]["intensity"], 0);
    assert_eq!(graph["years"][0]["year"], "2026");
    assert_eq!(graph["pricing"]["unpriced"], json!(["mystery"]));
}

#[test]
fn the_date_filter_drops_days_outside_it() {
    let text = finalize(
        ReportKind::Models,
        &local(),
        &request(Value::Null, "display", day(2026, 3, 15), day(2026, 3, 31)),
        &price_table(&[]),
        &zone_table(&[(i64::MIN, 9 * 3600)]),
    )
    .unwrap();
    let report: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(report["total"]["messages"], 1);
    assert_eq!(report["pricing"]["models"][0]["model"], "gpt-5");
    assert_eq!(report["pricing"]["models"].as_array().unwrap().len(), 1);
}

#[test]
fn a_cursor_folder_adds_its_counts_to_the_report() {
    let dir = TempDir::new();
    let text = finalize(
        ReportKind::Models,
        &[],
        &request(
            json!(dir.path().to_str().unwrap()),
            "auto",
            i64::MIN,
            i64::MAX,
        ),
        &price_table(&[]),
        &zone_table(&[(i64::MIN, 0)]),
    )
    .unwrap();
    let report: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        report["cursor"],
        json!({"filesRead": 0, "filesUnreadable": 0, "recordsParsed": 0, "malformed": 0,
               "duplicates": 0, "messages": 0})
    );
    assert_eq!(report["rows"], json!([]));
}

#[test]
fn bad_inputs_are_bad_requests() {
    let good_request = request(Value::Null, "auto", i64::MIN, i64::MAX);
    let prices = price_table(&[]);
    let zone = zone_table(&[(i64::MIN, 0)]);
    let call = |req: &[u8], prices: &[u8], zone: &[u8]| {
        finalize(ReportKind::Daily, &[], req, prices, zone)
    };
    assert!(call(&good_request, &prices, &zone).is_ok());
    assert!(call(b"{}", &prices, &zone).is_err());
    assert!(call(&request(Value::Null, "cheap", 0, 0), &prices, &zone).is_err());
    assert!(call(&good_request, &prices[..2], &zone).is_err());
    assert!(call(&good_request, &prices, &zone[..5]).is_err());
    let error: BadRequest = call(&good_request, &prices, &[]).unwrap_err();
    assert!(error
        .to_string()
        .starts_with("bad finalize request: zone table"));
}
