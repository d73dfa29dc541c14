//! The pull API: what each method consumes and the state it leaves behind (ports of Java's
//! `JsonReaderTest` and `JsonDecodeTest`); the randomized checks are in `fuzz_tests`.

use super::*;

fn skipped(reader: &mut JsonReader) -> String {
    reader.skip_value().unwrap();
    "(skipped)".to_string()
}

fn skip_whole(record: &[u8]) -> Result<(), Malformed> {
    let mut reader = JsonReader::new(record);
    reader.skip_value()?;
    reader.end_record()
}

fn read_token_count_whole(json: &str) -> Result<i64, Malformed> {
    let mut reader = JsonReader::new(json.as_bytes());
    let value = reader.read_token_count()?;
    reader.end_record()?;
    Ok(value)
}

#[test]
fn reads_chosen_members_and_skips_the_rest() {
    let mut reader = JsonReader::new(
        br#"{"skip":{"x":[1,{"y":[]}],"z":{}},"type":"assistant","n":5,"tail":[[],{}]}"#,
    );
    let mut seen = Vec::new();
    reader.begin_object().unwrap();
    while reader.next_member().unwrap() {
        let name = reader.name();
        let value = match name.as_str() {
            "type" => reader.read_string().unwrap(),
            "n" => reader.read_token_count().unwrap().to_string(),
            _ => skipped(&mut reader),
        };
        seen.push(format!("{}={}", name, value));
    }
    reader.end_record().unwrap();
    assert_eq!(
        seen,
        ["skip=(skipped)", "type=assistant", "n=5", "tail=(skipped)"]
    );
}

#[test]
fn name_is_matches_escaped_names() {
    let mut reader = JsonReader::new(br#"{"\u0074yp\u0065":1,"typ":2,"types":3,"type":4}"#);
    let mut matches = Vec::new();
    reader.begin_object().unwrap();
    while reader.next_member().unwrap() {
        matches.push(reader.name_is("type"));
        reader.skip_value().unwrap();
    }
    reader.end_record().unwrap();
    assert_eq!(matches, [true, false, false, true]);
}

#[test]
fn name_is_compares_non_ascii_keys_as_utf8() {
    let mut reader = JsonReader::new("{\"\\u00e9t\\u00e9\":1,\"\u{e9}t\u{e9}\":2}".as_bytes());
    reader.begin_object().unwrap();
    reader.next_member().unwrap();
    assert!(reader.name_is("\u{e9}t\u{e9}"));
    reader.skip_value().unwrap();
    reader.next_member().unwrap();
    assert!(reader.name_is("\u{e9}t\u{e9}"));
}

#[test]
fn name_survives_skipping_an_object_value() {
    let mut reader = JsonReader::new(br#"{"outer":{"inner":{"deeper":1}}}"#);
    reader.begin_object().unwrap();
    reader.next_member().unwrap();
    reader.skip_value().unwrap();
    assert_eq!(reader.name(), "outer");
    assert!(reader.name_is("outer"));
}

#[test]
fn members_follow_skipped_containers_of_every_shape() {
    let mut reader = JsonReader::new(
        br#"{"a":[],"b":{},"c":[[]],"d":[{}],"e":{"x":[]},"f":[1,[2,{"g":{}}]],"h":0}"#,
    );
    let mut names = Vec::new();
    reader.begin_object().unwrap();
    while reader.next_member().unwrap() {
        names.push(reader.name());
        reader.skip_value().unwrap();
    }
    reader.end_record().unwrap();
    assert_eq!(names, ["a", "b", "c", "d", "e", "f", "h"]);
}

#[test]
fn elements_follow_nested_containers_read_with_the_pull_api() {
    let mut reader = JsonReader::new(b"[[],{},1]");
    reader.begin_array().unwrap();
    assert!(reader.next_element().unwrap());
    reader.begin_array().unwrap();
    assert!(!reader.next_element().unwrap());
    assert!(reader.next_element().unwrap());
    reader.begin_object().unwrap();
    assert!(!reader.next_member().unwrap());
    assert!(reader.next_element().unwrap());
    assert_eq!(reader.read_token_count(), Ok(1));
    assert!(!reader.next_element().unwrap());
    reader.end_record().unwrap();
}

#[test]
fn read_string_of_a_member_value_leaves_the_reader_before_the_comma() {
    let mut reader = JsonReader::new(br#"{"a":"x" , "b":"y"}"#);
    reader.begin_object().unwrap();
    reader.next_member().unwrap();
    let a = reader.read_string().unwrap();
    reader.next_member().unwrap();
    let b = reader.read_string().unwrap();
    assert_eq!(a + &b, "xy");
    assert_eq!(reader.name(), "b");
    assert!(!reader.next_member().unwrap());
    reader.end_record().unwrap();
}

#[test]
fn read_token_count_accepts() {
    let cases: &[(&str, i64)] = &[
        ("0", 0),
        ("9223372036854775807", i64::MAX),
        ("null", 0),
        ("123", 123),
        (" 7 ", 7),
    ];
    for &(json, expected) in cases {
        assert_eq!(read_token_count_whole(json), Ok(expected), "{:?}", json);
    }
}

#[test]
fn read_token_count_rejects() {
    for json in [
        "9223372036854775808",
        "99999999999999999999",
        "-0",
        "-1",
        "1.0",
        "1e2",
        "0e0",
        "\"5\"",
        "true",
        "[]",
        "{}",
        "01",
    ] {
        assert!(read_token_count_whole(json).is_err(), "{:?}", json);
    }
}

#[test]
fn read_nullable_string_reads_string_or_null() {
    let mut reader = JsonReader::new(br#"[null,"x"]"#);
    reader.begin_array().unwrap();
    reader.next_element().unwrap();
    assert_eq!(reader.read_nullable_string(), Ok(None));
    reader.next_element().unwrap();
    assert_eq!(reader.read_nullable_string(), Ok(Some("x".to_string())));
}

#[test]
fn read_nullable_string_rejects_other_kinds() {
    for json in ["1", "true", "[]", "{}"] {
        assert!(JsonReader::new(json.as_bytes())
            .read_nullable_string()
            .is_err());
    }
}

#[test]
fn read_number_text_returns_the_literal() {
    assert_eq!(
        JsonReader::new(b"-1.5E+3").read_number_text(),
        Ok("-1.5E+3")
    );
    assert_eq!(JsonReader::new(b"0.0074 ").read_number_text(), Ok("0.0074"));
}

#[test]
fn scalar_readers_reject_other_kinds() {
    assert!(JsonReader::new(b"1").read_boolean().is_err());
    assert!(JsonReader::new(b"false").read_null().is_err());
    assert!(JsonReader::new(b"\"1\"").read_number_text().is_err());
    assert!(JsonReader::new(b"null").read_string().is_err());
    assert!(JsonReader::new(b"[]").begin_object().is_err());
    assert!(JsonReader::new(b"{}").begin_array().is_err());
}

#[test]
fn peek_does_not_consume() {
    let mut reader = JsonReader::new(b"  [true]");
    assert_eq!(reader.peek(), Ok(Kind::Array));
    assert_eq!(reader.peek(), Ok(Kind::Array));
    reader.begin_array().unwrap();
    reader.next_element().unwrap();
    assert_eq!(reader.peek(), Ok(Kind::True));
    assert_eq!(reader.read_boolean(), Ok(true));
}

#[test]
fn end_record_rejects_a_record_cut_off_after_an_early_stop() {
    let mut reader = JsonReader::new(br#"{"a":1"#);
    reader.begin_object().unwrap();
    reader.next_member().unwrap();
    reader.read_token_count().unwrap();
    let error = reader.end_record().unwrap_err();
    assert!(error.to_string().contains("unterminated"), "{}", error);
}

#[test]
fn end_record_rejects_an_open_brace_alone() {
    let mut reader = JsonReader::new(b"{");
    reader.begin_object().unwrap();
    assert!(reader.end_record().is_err());
}

#[test]
fn end_record_rejects_unread_members() {
    let mut reader = JsonReader::new(br#"{"a":1,"b":2}"#);
    reader.begin_object().unwrap();
    reader.next_member().unwrap();
    reader.read_token_count().unwrap();
    assert!(reader.end_record().is_err());
}

#[test]
fn reads_only_its_own_record_with_its_own_byte_order_mark() {
    let buf = b"x[\xEF\xBB\xBF{}]";
    assert_eq!(skip_whole(&buf[2..7]), Ok(()));
    assert!(skip_whole(&buf[2..8]).is_err());
    assert!(skip_whole(&buf[1..8]).is_err());
    assert!(
        skip_whole(b" \xEF\xBB\xBF{}").is_err(),
        "the mark comes first"
    );
}

#[test]
#[should_panic(expected = "next_member called outside an object")]
fn next_member_inside_an_array_is_a_bug() {
    let mut reader = JsonReader::new(b"[]");
    reader.begin_array().unwrap();
    let _ = reader.next_member();
}

#[test]
#[should_panic(expected = "next_element called outside an array")]
fn next_element_inside_an_object_is_a_bug() {
    let mut reader = JsonReader::new(b"{}");
    reader.begin_object().unwrap();
    let _ = reader.next_element();
}

#[test]
#[should_panic(expected = "next_member called outside an object")]
fn next_member_before_begin_object_is_a_bug() {
    let _ = JsonReader::new(b"{}").next_member();
}

#[test]
fn depth_limit_counts_containers_opened_by_the_pull_api_and_by_skipping() {
    let inner = "[".repeat(MAX_DEPTH - 1) + &"]".repeat(MAX_DEPTH - 1);
    let at_limit = format!("[{}]", inner);
    let over_limit = format!("[[{}]]", inner);
    let mut reader = JsonReader::new(at_limit.as_bytes());
    reader.begin_array().unwrap();
    reader.next_element().unwrap();
    reader.skip_value().unwrap();
    assert_eq!(reader.next_element(), Ok(false));

    let mut reader = JsonReader::new(over_limit.as_bytes());
    reader.begin_array().unwrap();
    reader.next_element().unwrap();
    let error = reader.skip_value().unwrap_err();
    assert_eq!(error.reason(), "nesting deeper than 512");
}

// -------------------------------------------------------------------------------------------
// Decoding (Java JsonDecodeTest)

/// Label, the bytes between the quotes, the decoded value.
const STRINGS: &[(&str, &str, &str)] = &[
    ("plain ASCII", "abc", "abc"),
    ("empty", "", ""),
    (
        "simple escapes",
        r#"\"\\\/\b\f\n\r\t"#,
        "\"\\/\u{8}\u{c}\n\r\t",
    ),
    ("escape at both ends", r"\nx\n", "\nx\n"),
    ("escaped backslash before u", r"\\u0041", r"\u0041"),
    (
        "BMP escapes, either case",
        r"\u00e9\u00E9\u4e2d\uABCD",
        "\u{e9}\u{e9}\u{4e2d}\u{abcd}",
    ),
    (
        "escaped NUL and controls",
        r"\u0000\u001F\u007f",
        "\u{0}\u{1f}\u{7f}",
    ),
    ("escaped surrogate pair", r"\ud83d\ude00", "\u{1F600}"),
    ("lowest supplementary", r"\uD800\uDC00", "\u{10000}"),
    ("highest code point", r"\uDBFF\uDFFF", "\u{10FFFF}"),
    (
        "two pairs in a row",
        r"\ud83d\ude00\ud83d\ude01",
        "\u{1F600}\u{1F601}",
    ),
    (
        "raw two-byte UTF-8",
        "\u{e9}\u{80}\u{7ff}",
        "\u{e9}\u{80}\u{7ff}",
    ),
    (
        "raw three-byte UTF-8",
        "\u{4e2d}\u{800}\u{ffff}\u{feff}",
        "\u{4e2d}\u{800}\u{ffff}\u{feff}",
    ),
    (
        "raw four-byte UTF-8",
        "\u{1F600}\u{10000}",
        "\u{1F600}\u{10000}",
    ),
    (
        "raw and escaped mixed",
        "a\u{e9}\\n\u{1F600}\\ud83d\\ude00\\u00e9z",
        "a\u{e9}\n\u{1F600}\u{1F600}\u{e9}z",
    ),
    (
        "raw DEL and line separators",
        "\u{7f}\u{2028}\u{2029}",
        "\u{7f}\u{2028}\u{2029}",
    ),
];

#[test]
fn read_string_decodes() {
    for &(label, inside, expected) in STRINGS {
        let record = format!("\"{}\"", inside);
        let mut reader = JsonReader::new(record.as_bytes());
        assert_eq!(reader.read_string().as_deref(), Ok(expected), "{}", label);
        reader.end_record().unwrap();
    }
}

#[test]
fn name_decodes_like_a_string() {
    for &(label, inside, expected) in STRINGS {
        let record = format!("{{\"{}\":0}}", inside);
        let mut reader = JsonReader::new(record.as_bytes());
        reader.begin_object().unwrap();
        reader.next_member().unwrap();
        assert_eq!(reader.name(), expected, "{}", label);
        assert!(reader.name_is(expected), "{}", label);
    }
}

#[test]
fn every_code_point_reads_the_same_raw_and_escaped() {
    let code_points = (0..=0xFFFFu32)
        .filter(|cp| !(0xD800..=0xDFFF).contains(cp))
        .chain((0x10000..=0x10FFFFu32).step_by(7));
    let mut mismatches = Vec::new();
    for cp in code_points {
        let c = char::from_u32(cp).unwrap();
        let escaped: String = c
            .encode_utf16(&mut [0; 2])
            .iter()
            .map(|unit| format!("\\u{:04x}", unit))
            .collect();
        let raw = if cp < 0x20 || c == '"' || c == '\\' {
            escaped.clone()
        } else {
            c.to_string()
        };
        for inside in [raw, escaped] {
            let record = format!("\"{}\"", inside);
            let mut reader = JsonReader::new(record.as_bytes());
            let decoded = reader.read_string();
            if decoded != Ok(c.to_string()) || reader.end_record().is_err() {
                mismatches.push(cp);
            }
        }
    }
    assert!(mismatches.is_empty(), "{:x?}", mismatches);
}
