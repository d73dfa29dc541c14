//! Phase 1 of every fixture home against its parse golden: for each
//! `testdata/fixtures/<source>/<case>/` (a home), the source's default locations under that home
//! (Java's `SourceLocations` with `--home` and no environment overrides) are parsed for that one
//! source, and the dump must equal `testdata/golden/parse/<source>/<case>.txt` byte for byte —
//! the goldens Java's `ParseGoldenTest` writes and checks.
//!
//! Skipped, with a printed note: OpenCode homes with a store (`opencode.db` in the data
//! directory), which Java reads and hands over through the C ABI; those are checked through the
//! FFI tests, and here by `tests/opencode_store.rs` (rows read with the `sqlite3` CLI).

use std::fs;
use std::path::{Path, PathBuf};
use token_tracker_core::local;
use token_tracker_core::model::{Source, SourceResult};
use token_tracker_core::sources::Locations;
use token_tracker_core::{discovery, dump};

const TESTDATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata");

/// Every fixture case directory of a source, sorted by name.
fn cases(testdata: &Path, source: Source) -> Vec<PathBuf> {
    let root = testdata.join("fixtures").join(source.id());
    let mut dirs: Vec<PathBuf> = match fs::read_dir(&root) {
        Ok(entries) => entries
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.is_dir())
            .collect(),
        Err(_) => Vec::new(),
    };
    dirs.sort();
    dirs
}

/// The dump of one source's phase 1 over a home, with `threads` threads.
fn dump_of(source: Source, home: &Path, threads: usize) -> String {
    let parsed = local::parse(&[source], &Locations::of_home(home), threads).unwrap();
    let stats = *parsed.stats_of(source).unwrap();
    dump::of(&SourceResult {
        messages: parsed.messages,
        stats,
    })
}

/// Where the dump first differs from the golden, for the failure message.
fn first_difference(expected: &str, actual: &str) -> String {
    let (mut e, mut a) = (expected.lines(), actual.lines());
    for line in 1.. {
        match (e.next(), a.next()) {
            (None, None) => return "only in line ends".to_string(),
            (x, y) if x == y => continue,
            (x, y) => return format!("line {}:\n  golden: {:?}\n  native: {:?}", line, x, y),
        }
    }
    unreachable!()
}

#[test]
fn every_fixture_home_parses_to_its_golden() {
    let testdata = discovery::real_path(Path::new(TESTDATA)).unwrap();
    let (mut checked, mut skipped, mut failures) = (0, Vec::new(), Vec::new());
    for source in Source::ALL.iter().copied().filter(|s| s.is_local()) {
        for home in cases(&testdata, source) {
            let name = home.file_name().unwrap().to_string_lossy().into_owned();
            let case = format!("{}/{}", source.id(), name);
            let store = Locations::of_home(&home).opencode_data.join("opencode.db");
            if source == Source::OpenCode && store.exists() {
                skipped.push(format!(
                    "{}: has an opencode.db (see tests/opencode_store.rs)",
                    case
                ));
                continue;
            }
            let golden = testdata
                .join("golden/parse")
                .join(source.id())
                .join(format!("{}.txt", name));
            let expected = fs::read_to_string(&golden).unwrap_or_default();
            let actual = dump_of(source, &home, 2);
            checked += 1;
            if actual != expected {
                failures.push(format!(
                    "{}: {}",
                    case,
                    first_difference(&expected, &actual)
                ));
            } else if dump_of(source, &home, 1) != actual {
                failures.push(format!("{}: differs with one thread", case));
            }
        }
    }
    for note in &skipped {
        println!("skipped {}", note);
    }
    println!(
        "parse goldens: {} checked, {} failed, {} skipped",
        checked,
        failures.len(),
        skipped.len()
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The dump format itself, against text Java wrote: every golden file's lines are read back
/// into messages and counts, and dumping those must give the file again, byte for byte
/// (quoting, times, reported costs, cost rules, key order). Cursor's goldens are included: they
/// carry the other cost rules.
#[test]
fn dump_reproduces_every_golden_from_its_fields() {
    use serde_json::Value;
    use token_tracker_core::model::{CostRule, SourceStats, UsageMessage, NO_REPORTED_COST};
    use token_tracker_core::{money, timestamps};

    let goldens = PathBuf::from(TESTDATA).join("golden/parse");
    let (mut files, mut messages, mut mismatches) = (0, 0, Vec::new());
    for source in Source::ALL {
        let dir = goldens.join(source.id());
        let mut paths: Vec<PathBuf> = match fs::read_dir(&dir) {
            Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
            Err(_) => continue,
        };
        paths.sort();
        for path in paths {
            let text = fs::read_to_string(&path).unwrap();
            let mut result = SourceResult::empty(source);
            for line in text.lines() {
                let v: Value = serde_json::from_str(line).unwrap();
                let count = |o: &Value, k: &str| o[k].as_u64().unwrap();
                if let Some(s) = v.get("stats") {
                    result.stats = SourceStats {
                        source,
                        files_read: count(s, "filesRead"),
                        files_unreadable: count(s, "filesUnreadable"),
                        records_parsed: count(s, "recordsParsed"),
                        malformed: count(s, "malformed"),
                        duplicates: count(s, "duplicates"),
                        messages: count(s, "messages"),
                    };
                    continue;
                }
                let text = |k: &str| v[k].as_str().unwrap().to_string();
                let tokens = |k: &str| v[k].as_i64().unwrap();
                result.messages.push(UsageMessage {
                    source: Source::from_id(&text("source")).unwrap(),
                    model_id: text("model").into(),
                    provider_id: text("provider").into(),
                    session_id: text("session").into(),
                    timestamp_ms: timestamps::parse_rfc3339(&text("time")).unwrap(),
                    input: tokens("input"),
                    output: tokens("output"),
                    cache_read: tokens("cacheRead"),
                    cache_write: tokens("cacheWrite"),
                    cache_write_1h: tokens("cacheWrite1h"),
                    reasoning: tokens("reasoning"),
                    reported_cost_picos: v["reportedCost"]
                        .as_str()
                        .map_or(NO_REPORTED_COST, money::to_picos),
                    cost_rule: match text("costRule").as_str() {
                        "REPORTED_FIRST" => CostRule::ReportedFirst,
                        "PRICED_FIRST" => CostRule::PricedFirst,
                        "NOT_CHARGED" => CostRule::NotCharged,
                        "REPORTED_ONLY" => CostRule::ReportedOnly,
                        other => panic!("unknown cost rule {}", other),
                    },
                });
            }
            files += 1;
            messages += result.messages.len();
            let again = dump::of(&result);
            if again != text {
                mismatches.push(format!(
                    "{}: {}",
                    path.display(),
                    first_difference(&text, &again)
                ));
            }
        }
    }
    println!(
        "dump format: {} golden files, {} messages, {} differ",
        files,
        messages,
        mismatches.len()
    );
    assert!(files > 50);
    assert!(mismatches.is_empty(), "\n{}", mismatches.join("\n"));
}
