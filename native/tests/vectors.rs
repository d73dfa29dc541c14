//! The shared lexical vectors of `testdata/` (layout in `testdata/README.md`), run against the
//! native grammar: JSON records (`json/valid`, `json/invalid`), RFC 3339 and Cursor CSV dates
//! (`timestamps/*.tsv`) and decimal amounts (`amounts/cases.tsv`). Java's `JsonVectorsTest`,
//! `TimestampsTest` and `DecimalAmountTest` run the same files.

use std::fs;
use std::path::PathBuf;
use token_tracker_core::json::{JsonReader, Kind, Malformed};
use token_tracker_core::{money, timestamps};

const TESTDATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata");

/// (name without `.json`, bytes) of every record in `json/<kind>/`, sorted by name.
fn json_vectors(kind: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(TESTDATA).join("json").join(kind);
    let mut vectors: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().map_or(false, |e| e == "json"))
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, fs::read(&path).unwrap())
        })
        .collect();
    vectors.sort();
    vectors
}

/// skip_value + end_record over the whole record.
fn skip(record: &[u8]) -> Result<(), Malformed> {
    let mut reader = JsonReader::new(record);
    reader.skip_value()?;
    reader.end_record()
}

/// Every part of the record read through the pull API (names and strings decoded), then
/// end_record; returns a compact rendering of what was read.
fn pull(record: &[u8]) -> Result<String, Malformed> {
    let mut reader = JsonReader::new(record);
    let mut out = String::new();
    pull_value(&mut reader, &mut out)?;
    reader.end_record()?;
    Ok(out)
}

fn pull_value(reader: &mut JsonReader, out: &mut String) -> Result<(), Malformed> {
    match reader.peek()? {
        Kind::Object => {
            reader.begin_object()?;
            out.push('{');
            while reader.next_member()? {
                out.push_str(&format!("{:?}:", reader.name()));
                pull_value(reader, out)?;
                out.push(',');
            }
            out.push('}');
        }
        Kind::Array => {
            reader.begin_array()?;
            out.push('[');
            while reader.next_element()? {
                pull_value(reader, out)?;
                out.push(',');
            }
            out.push(']');
        }
        Kind::String => out.push_str(&format!("{:?}", reader.read_string()?)),
        Kind::Number => out.push_str(reader.read_number_text()?),
        Kind::True | Kind::False => out.push_str(&reader.read_boolean()?.to_string()),
        Kind::Null => {
            reader.read_null()?;
            out.push_str("null");
        }
    }
    Ok(())
}

/// Pulling recurses once per level: run it on a thread with room for 513 levels.
fn pull_on_big_stack(record: Vec<u8>) -> Result<String, Malformed> {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || pull(&record))
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn valid_json_records_are_accepted_by_skipping_and_by_pulling() {
    let vectors = json_vectors("valid");
    let mut rejected = Vec::new();
    for (name, record) in &vectors {
        if let Err(e) = skip(record) {
            rejected.push(format!("{} (skip: {})", name, e));
        }
        if let Err(e) = pull_on_big_stack(record.clone()) {
            rejected.push(format!("{} (pull: {})", name, e));
        }
    }
    println!(
        "json/valid: {} records, {} rejected",
        vectors.len(),
        rejected.len()
    );
    assert!(rejected.is_empty(), "{:#?}", rejected);
}

#[test]
fn invalid_json_records_are_malformed_by_skipping_and_by_pulling() {
    let vectors = json_vectors("invalid");
    let mut accepted = Vec::new();
    for (name, record) in &vectors {
        if skip(record).is_ok() {
            accepted.push(format!("{} (skip)", name));
        }
        if pull_on_big_stack(record.clone()).is_ok() {
            accepted.push(format!("{} (pull)", name));
        }
    }
    println!(
        "json/invalid: {} records, {} accepted",
        vectors.len(),
        accepted.len()
    );
    assert!(accepted.is_empty(), "{:#?}", accepted);
}

#[test]
fn json_vector_sets_are_complete_and_nest_as_named() {
    let valid = json_vectors("valid");
    let invalid = json_vectors("invalid");
    let names = |v: &[(String, Vec<u8>)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    let (valid_names, invalid_names) = (names(&valid), names(&invalid));
    assert!(valid.len() > 50 && invalid.len() > 100);
    for name in [
        "depth-512-arrays",
        "depth-512-objects",
        "bom-then-object",
        "string-escaped-surrogate-pair",
    ] {
        assert!(valid_names.iter().any(|n| n == name), "{}", name);
    }
    for name in [
        "depth-513-arrays",
        "depth-513-objects",
        "lone-high-surrogate",
        "overlong-utf8-two-byte-c0",
        "raw-control-char",
        "nan",
        "leading-zero",
        "trailing-comma",
    ] {
        assert!(invalid_names.iter().any(|n| n == name), "{}", name);
    }
    let depth = |set: &[(String, Vec<u8>)], name: &str| {
        let record = &set.iter().find(|(n, _)| n == name).unwrap().1;
        let (mut depth, mut max) = (0i32, 0i32);
        for &b in record {
            depth += match b {
                b'[' | b'{' => 1,
                b']' | b'}' => -1,
                _ => 0,
            };
            max = max.max(depth);
        }
        max
    };
    assert_eq!(depth(&valid, "depth-512-arrays"), 512);
    assert_eq!(depth(&valid, "depth-512-objects"), 512);
    assert_eq!(depth(&valid, "depth-512-mixed"), 512);
    assert_eq!(depth(&invalid, "depth-513-arrays"), 513);
    assert_eq!(depth(&invalid, "depth-513-objects"), 513);
    assert_eq!(depth(&invalid, "depth-513-empty-innermost"), 513);
}

/// The data rows of a `.tsv` vector file, split at tabs; comment and empty lines dropped.
fn tsv(path: &str) -> Vec<Vec<String>> {
    let text = fs::read_to_string(PathBuf::from(TESTDATA).join(path)).unwrap();
    text.split('\n')
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').map(str::to_string).collect())
        .collect()
}

fn millis_text(result: Result<i64, Malformed>) -> String {
    result.map_or_else(|_| "ERROR".to_string(), |ms| ms.to_string())
}

fn check_timestamps(path: &str, parse: fn(&str) -> Result<i64, Malformed>) {
    let rows = tsv(path);
    let wrong: Vec<String> = rows
        .iter()
        .filter(|row| millis_text(parse(&row[0])) != row[1])
        .map(|row| {
            format!(
                "{:?}: expected {}, got {}",
                row[0],
                row[1],
                millis_text(parse(&row[0]))
            )
        })
        .collect();
    println!("{}: {} cases, {} wrong", path, rows.len(), wrong.len());
    assert!(rows.len() > 10);
    assert!(wrong.is_empty(), "{:#?}", wrong);
}

#[test]
fn rfc3339_vectors() {
    check_timestamps("timestamps/cases.tsv", timestamps::parse_rfc3339);
}

#[test]
fn csv_date_vectors() {
    check_timestamps("timestamps/csv-date.tsv", timestamps::parse_csv_date);
}

fn picos_text(picos: i64) -> String {
    if picos == money::NOT_AN_AMOUNT {
        "NOT_AN_AMOUNT".to_string()
    } else {
        picos.to_string()
    }
}

#[test]
fn amount_vectors() {
    let rows = tsv("amounts/cases.tsv");
    let mut wrong = Vec::new();
    for row in &rows {
        let (to_picos, csv) = (
            picos_text(money::to_picos(&row[0])),
            picos_text(money::csv_cell_to_picos(&row[0])),
        );
        if to_picos != row[1] || csv != row[2] {
            wrong.push(format!(
                "{:?}: expected {} {}, got {} {}",
                row[0], row[1], row[2], to_picos, csv
            ));
        }
    }
    println!(
        "amounts/cases.tsv: {} cases, {} wrong",
        rows.len(),
        wrong.len()
    );
    assert!(rows.len() > 10);
    assert!(wrong.is_empty(), "{:#?}", wrong);
}
