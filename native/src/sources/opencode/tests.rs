//! One test per rule of SPEC §2–§3 for OpenCode (docs/sources/opencode.md), on small inputs:
//! JSON message files written to a temporary home, store rows built by hand as Java sends them.

use super::dedup::{self, Candidate};
use super::*;
use crate::local::{self, LocalParseResult};
use crate::model::{CostRule, UsageMessage, NO_REPORTED_COST};
use crate::store::StoreRow;
use crate::testing::TempDir;
use std::path::PathBuf;

const DATA: &str = ".local/share/opencode";

/// An assistant message with these token members (the inside of `"tokens":{…}`) and `extra`
/// members, as OpenCode ≤ 1.1 writes it in a message file.
fn assistant(id: &str, tokens: &str, extra: &str) -> String {
    format!(
        r#"{{"id":"{}","sessionID":"ses_1","role":"assistant","modelID":"claude-sonnet-4-5","providerID":"anthropic","cost":0.5,"time":{{"created":1700000000000}},"tokens":{{{}}}{}}}"#,
        id, tokens, extra
    )
}

/// A home with message files (path under `storage/message/`, content) and, optionally, a store.
struct Home {
    dir: TempDir,
    stores: Vec<Store>,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: TempDir::new(),
            stores: Vec::new(),
        }
    }

    fn file(self, relative: &str, content: &str) -> Home {
        self.dir.write(
            &format!("{}/storage/message/{}", DATA, relative),
            content.as_bytes(),
        );
        self
    }

    fn store(mut self, readable: bool, rows: Vec<StoreRow>) -> Home {
        let path = self.dir.path().join(DATA).join("opencode.db");
        self.stores.push(Store {
            path,
            readable,
            rows,
        });
        self
    }

    fn locations(&self) -> Locations {
        let mut locations = Locations::of_home(self.dir.path());
        locations.opencode_stores = self.stores.clone();
        locations
    }

    fn parse(&self) -> LocalParseResult {
        let one = local::parse(&[Source::OpenCode], &self.locations(), 1).unwrap();
        let two = local::parse(&[Source::OpenCode], &self.locations(), 2).unwrap();
        assert_eq!(one, two, "the thread count changed the result");
        one
    }

    fn stats(&self) -> SourceStats {
        self.parse().stats[0]
    }

    fn messages(&self) -> Vec<UsageMessage> {
        self.parse().messages
    }
}

/// (records, malformed, messages) of one home.
fn counts(home: &Home) -> (u64, u64, u64) {
    let s = home.stats();
    (s.records_parsed, s.malformed, s.messages)
}

fn row(id: Option<&str>, time: Option<i64>, data: Option<&str>) -> StoreRow {
    StoreRow {
        id: id.map(str::to_string),
        session_id: Some("ses_store".to_string()),
        time_created: time,
        data: data.map(|d| d.as_bytes().to_vec()),
    }
}

/// A store row's JSON: a message without `id` and `sessionID`, as newer OpenCode writes it.
fn row_json(input: u32) -> String {
    format!(
        r#"{{"role":"assistant","modelID":"m","providerID":"p","time":{{"created":1}},"tokens":{{"input":{}}}}}"#,
        input
    )
}

// ---- discovery ------------------------------------------------------------------------------

#[test]
fn finds_json_at_any_depth_and_the_store_in_one_record_order() {
    let home = Home::new()
        .file("ses_1/msg_a.json", "{}")
        .file("ses_1/archive/2026/msg_b.json", "{}")
        .file("msg_c.json", "{}")
        .file("ses_1/msg_d.JSON", "{}")
        .file("ses_1/msg_e.json.tmp", "{}")
        .store(true, Vec::new());
    home.dir
        .write(&format!("{}/storage/part/p.json", DATA), b"{}");
    home.dir
        .write(&format!("{}/storage/opencode.db", DATA), b"");
    let parser = OpenCodeParser::new(&home.locations());
    let files = parser.discover(&home.locations()).unwrap();
    let data = home.dir.path().join(DATA);
    let paths: Vec<PathBuf> = files.into_iter().map(|f| f.path).collect();
    assert_eq!(
        paths,
        [
            data.join("opencode.db"),
            data.join("storage/message/msg_c.json"),
            data.join("storage/message/ses_1/archive/2026/msg_b.json"),
            data.join("storage/message/ses_1/msg_a.json"),
        ]
    );
}

#[test]
fn a_home_without_data_has_no_files_and_empty_counts() {
    let home = Home::new();
    assert_eq!(home.parse().stats[0], SourceStats::empty(Source::OpenCode));
}

// ---- usage records and mapping ----------------------------------------------------------------

#[test]
fn maps_an_assistant_message_to_the_five_buckets() {
    let home = Home::new().file(
        "ses_1/msg_a.json",
        &assistant(
            "msg_a",
            r#""input":100,"output":50,"reasoning":7,"cache":{"read":1000,"write":20}"#,
            "",
        ),
    );
    assert_eq!(
        home.messages(),
        [UsageMessage {
            source: Source::OpenCode,
            model_id: "claude-sonnet-4-5".into(),
            provider_id: "anthropic".into(),
            session_id: "ses_1".into(),
            timestamp_ms: 1_700_000_000_000,
            input: 100,
            output: 50,
            cache_read: 1000,
            cache_write: 20,
            cache_write_1h: 0,
            reasoning: 7,
            reported_cost_picos: 500_000_000_000,
            cost_rule: CostRule::ReportedFirst,
        }]
    );
    assert_eq!(counts(&home), (1, 0, 1));
}

#[test]
fn only_assistant_records_with_tokens_and_a_model_are_usage() {
    let bad_tokens = r#""input":1.5"#;
    let home = Home::new()
        .file(
            "a.json",
            &assistant("a", bad_tokens, "").replace("assistant", "user"),
        )
        .file(
            "b.json",
            &assistant("b", "", "").replace("assistant", "Assistant"),
        )
        .file(
            "c.json",
            &assistant("c", bad_tokens, "").replace("\"modelID\"", "\"model\""),
        )
        .file(
            "d.json",
            &assistant("d", "", "").replace("\"modelID\":\"claude-sonnet-4-5\"", "\"modelID\":5"),
        )
        .file("e.json", &assistant("e", "", r#","tokens":null"#))
        .file("f.json", &assistant("f", "", r#","role":7"#));
    assert_eq!(counts(&home), (6, 0, 0), "skipped, not malformed");
}

#[test]
fn reasoning_leaves_output_only_when_the_total_excludes_it() {
    let inside =
        r#""total":160,"input":100,"output":50,"reasoning":30,"cache":{"read":10,"write":0}"#;
    let apart =
        r#""total":190,"input":100,"output":50,"reasoning":30,"cache":{"read":10,"write":0}"#;
    let no_total = r#""input":100,"output":50,"reasoning":30"#;
    let null_total = r#""total":null,"input":100,"output":100,"reasoning":30"#;
    let home = Home::new()
        .file("a.json", &assistant("a", inside, ""))
        .file("b.json", &assistant("b", apart, ""))
        .file("c.json", &assistant("c", no_total, ""))
        .file("d.json", &assistant("d", null_total, ""));
    let outputs: Vec<(i64, i64)> = home
        .messages()
        .iter()
        .map(|m| (m.output, m.reasoning))
        .collect();
    assert_eq!(outputs, [(20, 30), (50, 30), (50, 30), (100, 30)]);
}

#[test]
fn output_below_reasoning_is_clamped_kept_and_counted_malformed() {
    let tokens = r#""total":15,"input":5,"output":10,"reasoning":40"#;
    let home = Home::new().file("a.json", &assistant("a", tokens, ""));
    assert_eq!(home.messages()[0].output, 0);
    assert_eq!(home.messages()[0].reasoning, 40);
    assert_eq!(counts(&home), (1, 1, 1));
}

#[test]
fn the_total_is_compared_with_a_saturating_sum() {
    let max = i64::MAX;
    let tokens = format!(
        r#""total":{},"input":{},"output":10,"reasoning":4"#,
        max, max
    );
    let home = Home::new().file("a.json", &assistant("a", &tokens, ""));
    assert_eq!(home.messages()[0].output, 6);
}

#[test]
fn only_a_positive_cost_is_reported() {
    let cost =
        |id: &str, cost: &str| assistant(id, r#""input":1"#, &format!(r#","cost":{}"#, cost));
    let home = Home::new()
        .file("a.json", &cost("a", "0.0042"))
        .file("b.json", &cost("b", "0"))
        .file("c.json", &cost("c", "\"0.5\""))
        .file("d.json", &cost("d", "-1"))
        .file("e.json", &cost("e", "1e6"))
        .file("f.json", &cost("f", "3e-06"))
        .file("g.json", &cost("g", "null"));
    let costs: Vec<i64> = home
        .messages()
        .iter()
        .map(|m| m.reported_cost_picos)
        .collect();
    let none = NO_REPORTED_COST;
    assert_eq!(
        costs,
        [4_200_000_000, none, none, none, none, 3_000_000, none]
    );
}

#[test]
fn a_missing_provider_is_unknown_and_a_missing_session_empty() {
    let home = Home::new().file(
        "a.json",
        r#"{"role":"assistant","modelID":"m","providerID":3,"sessionID":null,"time":{"created":5},"tokens":{}}"#,
    );
    let m = &home.messages()[0];
    assert_eq!(
        (m.provider_id.as_str(), m.session_id.as_str()),
        ("unknown", "")
    );
}

#[test]
fn a_fractional_time_is_truncated() {
    let home = Home::new()
        .file(
            "a.json",
            &assistant("a", "", "").replace("1700000000000", "1769961336342.8125"),
        )
        .file(
            "b.json",
            &assistant("b", "", "").replace("1700000000000", "1.7699614e12"),
        );
    let times: Vec<i64> = home.messages().iter().map(|m| m.timestamp_ms).collect();
    assert_eq!(times, [1_769_961_336_342, 1_769_961_400_000]);
}

// ---- malformed ------------------------------------------------------------------------------

#[test]
fn a_message_file_without_a_usable_time_is_malformed() {
    let time = |id: &str, time: &str| {
        assistant(id, "", "").replace(r#""time":{"created":1700000000000}"#, time)
    };
    let home = Home::new()
        .file("a.json", &time("a", r#""time":{"completed":1}"#))
        .file(
            "b.json",
            &time("b", r#""time":{"created":"1700000000000"}"#),
        )
        .file("c.json", &time("c", r#""time":{"created":-1}"#))
        .file("d.json", &time("d", r#""time":{"created":1e300}"#))
        .file("e.json", &time("e", r#""x":1"#));
    assert_eq!(counts(&home), (5, 5, 0));
}

#[test]
fn a_bad_token_count_makes_a_usage_record_malformed() {
    let home = Home::new()
        .file("a.json", &assistant("a", r#""input":1.5"#, ""))
        .file("b.json", &assistant("b", r#""output":"12""#, ""))
        .file("c.json", &assistant("c", r#""reasoning":-3"#, ""))
        .file(
            "d.json",
            &assistant("d", r#""cache":{"read":9223372036854775808}"#, ""),
        )
        .file("e.json", &assistant("e", r#""total":true"#, ""))
        .file("f.json", &assistant("f", r#""cache":{"write":[]}"#, ""))
        .file(
            "g.json",
            &assistant("g", r#""input":null,"cache":{"read":null}"#, ""),
        );
    assert_eq!(counts(&home), (7, 6, 1), "null is 0, the rest malformed");
}

#[test]
fn records_that_are_not_one_json_object_are_malformed() {
    let home = Home::new()
        .file("a.json", "")
        .file("b.json", "  \n")
        .file("c.json", r#"{"role":"assistant","tokens":{"#)
        .file("d.json", "[]")
        .file("e.json", r#"{"role":"user","x":NaN}"#)
        .file("f.json", "{}{}")
        .file("g.json", "\u{feff}{}");
    assert_eq!(counts(&home), (7, 6, 0), "only the BOM-led object is JSON");
}

#[test]
fn a_repeated_member_replaces_the_earlier_one_entirely() {
    let home = Home::new()
        // a second tokens object starts from zero, an invalid count of the first included
        .file(
            "a.json",
            &assistant("a", r#""input":1.5,"output":9"#, r#","tokens":{"input":4}"#),
        )
        // a second cache resets both cache counts
        .file(
            "b.json",
            &assistant(
                "b",
                r#""cache":{"read":5,"write":6},"cache":{"write":2}"#,
                "",
            ),
        )
        // a second role, model and cost: the last wins
        .file(
            "c.json",
            &assistant("c", "", r#","modelID":"gpt-5","cost":0"#),
        )
        // a second time that is not an object removes the timestamp
        .file("d.json", &assistant("d", "", r#","time":"now""#))
        .file("e.json", &assistant("e", "", r#","role":"user""#));
    let m = home.messages();
    assert_eq!((m[0].input, m[0].output), (4, 0));
    assert_eq!((m[1].cache_read, m[1].cache_write), (0, 2));
    assert_eq!(m[2].model_id, "gpt-5");
    assert_eq!(m[2].reported_cost_picos, NO_REPORTED_COST);
    assert_eq!(counts(&home), (5, 1, 3));
}

#[test]
fn escaped_member_names_and_values_are_decoded() {
    let home = Home::new().file(
        "a.json",
        r#"{"r\u006fle":"assist\u0061nt","modelID":"m\"1","time":{"created":1},"tokens":{"input":3}}"#,
    );
    assert_eq!(home.messages()[0].model_id, "m\"1");
}

// ---- the store ------------------------------------------------------------------------------

#[test]
fn store_rows_are_records_in_their_order_with_their_columns() {
    let data = r#"{"role":"assistant","modelID":"m","tokens":{"input":1}}"#;
    let home = Home::new().store(
        true,
        vec![
            row(Some("msg_b"), Some(20), Some(&row_json(1))),
            row(Some("msg_a"), Some(10), Some(data)),
            row(Some("msg_c"), Some(30), Some(r#"{"role":"user"}"#)),
        ],
    );
    let m = home.messages();
    assert_eq!(m.len(), 2);
    assert_eq!(
        (m[0].timestamp_ms, m[0].session_id.as_str()),
        (1, "ses_store")
    );
    assert_eq!(
        m[1].timestamp_ms, 10,
        "time_created when time.created is missing"
    );
    assert_eq!(home.stats().files_read, 1);
    assert_eq!(counts(&home), (3, 0, 2));
}

#[test]
fn a_row_without_data_or_with_invalid_bytes_is_malformed() {
    let mut invalid = row(Some("msg_b"), Some(1), None);
    invalid.data = Some(row_json(1).replace("\"m\"", "\"m\u{0}\"").into_bytes());
    let mut not_utf8 = row(Some("msg_c"), Some(1), None);
    let mut bytes = row_json(1).replace("\"m\"", "\"m~\"").into_bytes();
    let tilde = bytes.iter().position(|&b| b == b'~').unwrap();
    bytes[tilde] = 0xff; // a lone 0xFF is not UTF-8: the strict reader must see the raw bytes
    not_utf8.data = Some(bytes);
    let home = Home::new().store(
        true,
        vec![
            row(Some("msg_a"), Some(1), None),
            invalid,
            not_utf8,
            row(Some("msg_d"), Some(1), Some("7")),
            row(Some("msg_e"), Some(1), Some("")),
        ],
    );
    assert_eq!(counts(&home), (5, 5, 0));
}

#[test]
fn columns_win_over_the_json_and_the_json_fills_missing_columns() {
    let json = r#"{"id":"msg_json","sessionID":"ses_json","role":"assistant","modelID":"m","time":{"created":1},"tokens":{}}"#;
    let home = Home::new().store(
        true,
        vec![
            StoreRow {
                id: None,
                session_id: None,
                time_created: None,
                data: Some(json.as_bytes().to_vec()),
            },
            row(Some("msg_json_not"), None, Some(json)),
            // the same id as the first row's JSON: a copy of it, the later one wins
            StoreRow {
                id: Some("msg_json".to_string()),
                session_id: None,
                time_created: Some(99),
                data: Some(row_json(5).as_bytes().to_vec()),
            },
        ],
    );
    let m = home.messages();
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].session_id, "ses_store");
    assert_eq!((m[1].session_id.as_str(), m[1].input), ("", 5));
    assert_eq!(home.stats().duplicates, 1);
}

#[test]
fn a_row_without_a_usable_time_anywhere_is_malformed() {
    let no_time = r#"{"role":"assistant","modelID":"m","time":{"created":-5},"tokens":{}}"#;
    let home = Home::new().store(
        true,
        vec![
            row(Some("msg_a"), None, Some(no_time)),
            row(Some("msg_b"), Some(0), Some(no_time)),
        ],
    );
    assert_eq!(counts(&home), (2, 1, 1));
    assert_eq!(home.messages()[0].timestamp_ms, 0);
}

#[test]
fn an_unreadable_store_is_counted_and_the_json_files_still_count() {
    let home = Home::new()
        .file("ses_1/msg_a.json", &assistant("msg_a", "", ""))
        .store(false, Vec::new());
    let s = home.stats();
    assert_eq!((s.files_read, s.files_unreadable, s.messages), (1, 1, 1));
}

#[test]
fn an_empty_store_is_a_file_read() {
    let home = Home::new().store(true, Vec::new());
    let s = home.stats();
    assert_eq!((s.files_read, s.records_parsed), (1, 0));
}

// ---- deduplication --------------------------------------------------------------------------

#[test]
fn the_store_copy_wins_over_json_files_wherever_they_are() {
    let home = Home::new()
        .file("ses_1/msg_x.json", &assistant("msg_x", r#""input":1"#, ""))
        .file("ses_1/msg_y.json", &assistant("msg_y", r#""input":2"#, ""))
        .store(true, vec![row(Some("msg_x"), Some(1), Some(&row_json(3)))]);
    let inputs: Vec<i64> = home.messages().iter().map(|m| m.input).collect();
    assert_eq!(
        inputs,
        [3, 2],
        "the store sorts first and keeps its position"
    );
    let s = home.stats();
    assert_eq!((s.files_read, s.duplicates, s.messages), (3, 1, 2));
}

#[test]
fn among_json_files_the_later_copy_wins_and_records_without_id_stay() {
    let no_id = r#"{"role":"assistant","modelID":"m","time":{"created":1},"tokens":{"input":9}}"#;
    let home = Home::new()
        .file("ses_1/msg_a.json", &assistant("msg_a", r#""input":1"#, ""))
        .file("ses_1/msg_b.json", no_id)
        .file("ses_1/z.json", no_id)
        .file("ses_2/msg_a.json", &assistant("msg_a", r#""input":3"#, ""));
    let inputs: Vec<i64> = home.messages().iter().map(|m| m.input).collect();
    assert_eq!(inputs, [9, 9, 3]);
    assert_eq!(home.stats().duplicates, 1);
}

fn copy(id: Option<&str>, from_store: bool, input: i64) -> Candidate {
    Candidate {
        id: id.map(str::to_string),
        from_store,
        message: UsageMessage {
            source: Source::OpenCode,
            model_id: "m".into(),
            provider_id: "p".into(),
            session_id: "s".into(),
            timestamp_ms: 0,
            input,
            output: 0,
            cache_read: 0,
            cache_write: 0,
            cache_write_1h: 0,
            reasoning: 0,
            reported_cost_picos: NO_REPORTED_COST,
            cost_rule: CostRule::ReportedFirst,
        },
    }
}

fn kept(candidates: Vec<Candidate>) -> Vec<i64> {
    dedup::keep(candidates).iter().map(|m| m.input).collect()
}

#[test]
fn dedup_follows_java_message_dedup() {
    let a = Some("a");
    assert_eq!(kept(vec![copy(a, true, 1), copy(a, false, 2)]), [1]);
    assert_eq!(kept(vec![copy(a, false, 1), copy(a, true, 2)]), [2]);
    assert_eq!(
        kept(vec![
            copy(a, false, 1),
            copy(Some("b"), false, 2),
            copy(a, false, 3)
        ]),
        [2, 3]
    );
    assert_eq!(
        kept(vec![
            copy(a, true, 1),
            copy(a, false, 2),
            copy(a, true, 3),
            copy(a, false, 4)
        ]),
        [3]
    );
    assert_eq!(
        kept(vec![
            copy(None, false, 1),
            copy(None, false, 1),
            copy(None, true, 1)
        ]),
        [1, 1, 1]
    );
    assert_eq!(
        kept(vec![
            copy(Some("msg_A"), false, 1),
            copy(Some("msg_a"), false, 2),
            copy(Some("msg_a "), false, 3)
        ]),
        [1, 2, 3]
    );
}

#[test]
fn a_record_is_read_the_same_from_a_file_and_a_row() {
    let json = assistant(
        "msg_a",
        r#""total":160,"input":100,"output":50,"reasoning":30,"cache":{"read":10}"#,
        "",
    );
    let mut from_file = ParsedFile::new(false);
    message_record::read(json.as_bytes(), RowColumns::NONE, &mut from_file);
    let mut from_row = ParsedFile::new(true);
    message_record::read(json.as_bytes(), RowColumns::default(), &mut from_row);
    assert_eq!(
        from_file.candidates()[0].message,
        from_row.candidates()[0].message
    );
    assert!(!from_file.candidates()[0].from_store && from_row.candidates()[0].from_store);
}
