//! Every Cursor fixture home against its parse golden, as Java's `CursorCsvGoldenTest` reads
//! them: for each `testdata/fixtures/cursor/<case>/` (a home), the Cursor cache folder under it
//! (`<home>/.token-tracker/cursor-cache`, Java's `SourceLocations.cursorCache()` with `--home`
//! and no environment overrides) is read, and the dump of its messages and counts must equal
//! `testdata/golden/parse/cursor/<case>.txt` byte for byte. The goldens hold no warnings (Java
//! dumps only the messages and counts), so the warnings of the fixtures that have some are
//! checked here on their own.

use std::fs;
use std::path::{Path, PathBuf};
use token_tracker_core::cursor;
use token_tracker_core::model::SourceResult;
use token_tracker_core::{discovery, dump};

const TESTDATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata");

/// Every Cursor fixture home, sorted by name.
fn cases() -> Vec<PathBuf> {
    let root = Path::new(TESTDATA).join("fixtures/cursor");
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn cache_of(home: &Path) -> PathBuf {
    home.join(".token-tracker").join("cursor-cache")
}

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
fn every_cursor_fixture_reads_to_its_golden() {
    let mut failures = Vec::new();
    let homes = cases();
    for home in &homes {
        let name = home.file_name().unwrap().to_string_lossy().into_owned();
        let golden = Path::new(TESTDATA)
            .join("golden/parse/cursor")
            .join(format!("{}.txt", name));
        let expected = fs::read_to_string(&golden)
            .unwrap_or_else(|e| panic!("{}: no golden ({})", golden.display(), e));
        let result = cursor::read(&cache_of(home));
        let actual = dump::of(&SourceResult {
            messages: result.messages,
            stats: result.stats,
        });
        if actual != expected {
            failures.push(format!(
                "cursor/{}: {}",
                name,
                first_difference(&expected, &actual)
            ));
        }
    }
    println!(
        "cursor goldens: {} checked, {} failed",
        homes.len(),
        failures.len()
    );
    assert!(homes.len() >= 20);
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The warnings of one fixture, with the cache folder's real path (which discovery names files
/// by) replaced by `<cache>`.
fn warnings_of(case: &str) -> Vec<String> {
    let cache = cache_of(&Path::new(TESTDATA).join("fixtures/cursor").join(case));
    let cache_text = discovery::real_path(&cache).unwrap().display().to_string();
    cursor::read(&cache)
        .warnings
        .iter()
        .map(|w| w.replace(&cache_text, "<cache>"))
        .collect()
}

#[test]
fn fixtures_warn_about_files_that_are_not_exports_in_record_order() {
    let not_export =
        ": not a Cursor usage export (its first row is not a header with Date and Model)";
    let expected: Vec<String> = ["broken-header.csv", "expenses.csv", "model-prices.csv"]
        .iter()
        .map(|name| format!("skipped <cache>/{}{}", name, not_export))
        .collect();
    assert_eq!(warnings_of("not-an-export"), expected);
}

#[test]
fn fixtures_warn_once_about_malformed_rows() {
    assert_eq!(
        warnings_of("malformed-rows"),
        ["<cache>/usage-events-2025-10-20.csv: skipped 13 malformed row(s), the first at line 3"]
    );
}

/// A cell that is not valid UTF-8 makes its row malformed whichever column it is in, read or
/// not, as Java decodes every cell; so does a character split by a separator.
#[test]
fn fixtures_reject_invalid_utf8_in_any_cell() {
    assert_eq!(
        warnings_of("invalid-utf8"),
        ["<cache>/usage-events-2025-10-20.csv: skipped 7 malformed row(s), the first at line 3"]
    );
}

#[test]
fn fixtures_without_problems_have_no_warnings() {
    for case in ["empty-file", "header-only", "quoted-fields", "bom-and-crlf"] {
        assert!(warnings_of(case).is_empty(), "{}", case);
    }
}
