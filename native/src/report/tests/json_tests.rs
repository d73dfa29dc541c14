use super::fixtures::{all, msg};
use crate::model::{Source, SourceStats};
use crate::report::json_out::{self, CursorPart};
use crate::report::pricer::{ModelPricing, PricingNotes};
use crate::report::{graph, models, periods};
use serde_json::{json, Value};

const NO_CURSOR: CursorPart = CursorPart {
    stats: None,
    warnings: &[],
};

#[test]
fn a_model_report_is_written_exactly() {
    let messages = [msg(
        Source::Claude,
        "m\"1",
        "anthropic",
        "2026-01-01",
        1,
        2,
        42,
    )];
    let mut priced = all(&messages);
    priced.notes = PricingNotes {
        models: vec![ModelPricing {
            model: "m\"1".to_string(),
            matched_key: None,
            match_id: "unpriced",
        }],
        unpriced: vec!["m\"1".to_string()],
    };
    let stats = SourceStats {
        files_read: 2,
        files_unreadable: 1,
        records_parsed: 3,
        malformed: 4,
        duplicates: 5,
        messages: 6,
        ..SourceStats::empty(Source::Cursor)
    };
    let warnings = vec!["skipped /x.csv: not a Cursor usage export".to_string()];
    let cursor = CursorPart {
        stats: Some(&stats),
        warnings: &warnings,
    };
    let usage = "{\"input\":1,\"output\":2,\"cacheRead\":0,\"cacheWrite\":0,\"reasoning\":0,\
                 \"messages\":1,\"cost\":\"42\"}";
    assert_eq!(
        json_out::models(&models::build(&priced), &cursor),
        format!(
            "{{\"rows\":[{{\"source\":\"claude\",\"provider\":\"anthropic\",\"model\":\"m\\\"1\",\
             \"usage\":{u}}}],\"total\":{u},\"pricing\":{{\"models\":[{{\"model\":\"m\\\"1\",\
             \"matchedKey\":null,\"match\":\"unpriced\"}}],\"unpriced\":[\"m\\\"1\"]}},\
             \"cursor\":{{\"filesRead\":2,\"filesUnreadable\":1,\"recordsParsed\":3,\
             \"malformed\":4,\"duplicates\":5,\"messages\":6}},\
             \"warnings\":[\"skipped /x.csv: not a Cursor usage export\"]}}",
            u = usage
        )
    );
}

#[test]
fn amounts_beyond_64_bits_are_exact_decimal_strings() {
    let messages = [msg(Source::Codex, "m", "p", "2026-01-01", 1, 0, 0)];
    let mut priced = all(&messages);
    priced.messages[0].cost_picos = u128::MAX;
    let text = json_out::models(&models::build(&priced), &NO_CURSOR);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["total"]["cost"], json!(u128::MAX.to_string()));
    assert_eq!(value["cursor"], Value::Null);
    assert_eq!(value["warnings"], json!([]));
    assert_eq!(value["pricing"], json!({"models": [], "unpriced": []}));
}

#[test]
fn period_and_graph_reports_have_the_documented_members() {
    let messages = [
        msg(Source::Claude, "a", "anthropic", "2025-12-31", 1, 0, 3),
        msg(Source::Codex, "b", "openai", "2026-01-01", 2, 0, 1),
    ];
    let priced = all(&messages);
    let monthly: Value = serde_json::from_str(&json_out::periods(
        &periods::build(&priced, periods::Granularity::Month),
        &NO_CURSOR,
    ))
    .unwrap();
    assert_eq!(monthly["rows"][0]["period"], "2025-12");
    assert_eq!(monthly["rows"][1]["models"], json!(["b"]));
    assert_eq!(monthly["total"]["messages"], 2);

    let g: Value = serde_json::from_str(&json_out::graph(
        &graph::build(&priced, "0.1.0", "UTC"),
        &NO_CURSOR,
    ))
    .unwrap();
    assert_eq!(
        g["meta"],
        json!({"generatedAt": "2026-01-01T12:00:00.000Z", "version": "0.1.0", "timezone": "UTC",
               "dateStart": "2025-12-31", "dateEnd": "2026-01-01"})
    );
    assert_eq!(
        g["summary"],
        json!({"totalTokens": 3, "totalCost": "4", "totalDays": 2, "activeDays": 2,
               "averagePerDay": "2", "maxCostInSingleDay": "3", "sources": ["claude", "codex"],
               "models": ["a", "b"]})
    );
    assert_eq!(
        g["years"][1],
        json!({"year": "2026", "totalTokens": 2, "totalCost": "1", "start": "2026-01-01",
               "end": "2026-01-01"})
    );
    assert_eq!(g["contributions"][0]["intensity"], 4);
    assert_eq!(g["contributions"][1]["intensity"], 2);
    assert_eq!(
        g["contributions"][1]["sources"][0],
        json!({"source": "codex", "modelId": "b", "providerId": "openai",
               "usage": {"input": 2, "output": 0, "cacheRead": 0, "cacheWrite": 0,
                         "reasoning": 0, "messages": 1, "cost": "1"}})
    );
}

#[test]
fn control_characters_and_unicode_survive_a_json_reader() {
    let messages = [msg(
        Source::Claude,
        "a\u{1}\n\\é\u{1F600}",
        "p",
        "2026-01-01",
        1,
        0,
        0,
    )];
    let text = json_out::models(&models::build(&all(&messages)), &NO_CURSOR);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["rows"][0]["model"], "a\u{1}\n\\é\u{1F600}");
}
