//! The OpenCode fixture homes with a store (`opencode.db`), against their parse goldens.
//!
//! The library has no SQLite: Java reads the store's rows and hands them over in the "Store rows"
//! layout (docs/abi.md). This test stands in for Java: it reads each fixture store with the
//! `sqlite3` CLI using Java `OpenCodeStore`'s query and column rules, writes the blob as Java's
//! `NativePayloads.storeRows` does, decodes it as the FFI glue does, and parses the home with the
//! rows — 1 and 2 threads — against `testdata/golden/parse/opencode/<case>.txt`. A store
//! `sqlite3` cannot read is sent as unreadable, as Java sends it. Without the `sqlite3` CLI the
//! test only prints a note (Java's NativeParseGoldenTest checks these cases through the FFI too).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use token_tracker_core::model::{Source, SourceResult};
use token_tracker_core::sources::Locations;
use token_tracker_core::store::{self, Store, StoreRow};
use token_tracker_core::{discovery, dump, local};

const TESTDATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata");

const CASES: [&str; 4] = [
    "sqlite-store",
    "store-and-json-duplicate",
    "store-columns",
    "unreadable-db",
];

/// Java's query, with every value as hex so that the CLI's output cannot be ambiguous.
const QUERY: &str = "SELECT typeof(id), hex(id), typeof(session_id), hex(session_id), \
     typeof(time_created), CASE typeof(time_created) WHEN 'integer' THEN time_created ELSE '' END, \
     typeof(data), hex(data) FROM message ORDER BY rowid";

fn unhex(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// One output line as a row, with the column rules of Java's `OpenCodeStore.readRow`.
fn row(line: &str) -> StoreRow {
    let c: Vec<&str> = line.split('|').collect();
    assert_eq!(c.len(), 8, "unexpected sqlite3 output {:?}", line);
    let text = |kind: &str, hex: &str| {
        (kind == "text").then(|| String::from_utf8(unhex(hex)).expect("UTF-8 text column"))
    };
    let time_created = match c[4] {
        "integer" => Some(c[5].parse::<i64>().unwrap()).filter(|ms| *ms >= 0),
        _ => None,
    };
    StoreRow {
        id: text(c[0], c[1]),
        session_id: text(c[2], c[3]),
        time_created,
        data: (c[6] == "text" || c[6] == "blob").then(|| unhex(c[7])),
    }
}

/// The store as Java would hand it over; `Err` when the `sqlite3` CLI cannot be run at all.
fn read_store(path: &Path) -> io::Result<Store> {
    let output = Command::new("sqlite3")
        .args([
            "-readonly",
            "-bail",
            "-noheader",
            "-list",
            "-separator",
            "|",
        ])
        .arg(path)
        .arg(QUERY)
        .output()?;
    let stdout = String::from_utf8(output.stdout).unwrap();
    let readable = output.status.success();
    Ok(Store {
        path: path.to_path_buf(),
        readable,
        rows: if readable {
            stdout.lines().map(row).collect()
        } else {
            Vec::new()
        },
    })
}

fn dump_of(locations: &Locations, threads: usize) -> String {
    let parsed = local::parse(&[Source::OpenCode], locations, threads).unwrap();
    let stats = *parsed.stats_of(Source::OpenCode).unwrap();
    dump::of(&SourceResult {
        messages: parsed.messages,
        stats,
    })
}

#[test]
fn fixture_stores_parse_to_their_goldens() {
    let testdata = discovery::real_path(Path::new(TESTDATA)).unwrap();
    let mut failures = Vec::new();
    for case in CASES {
        let home = testdata.join("fixtures/opencode").join(case);
        let mut locations = Locations::of_home(&home);
        // Java's `OpenCodeParser.storeFile`: under the data directory's real path.
        let path: PathBuf = discovery::real_path(&locations.opencode_data)
            .unwrap()
            .join("opencode.db");
        let store = match read_store(&path) {
            Ok(store) => store,
            Err(e) => {
                println!("skipped: the sqlite3 CLI cannot be run ({})", e);
                return;
            }
        };
        assert_eq!(store.readable, case != "unreadable-db", "{}", case);
        // Through the blob, as the FFI glue receives it.
        locations.opencode_stores = store::decode(&store::encode(&[store])).unwrap();
        let golden = testdata
            .join("golden/parse/opencode")
            .join(format!("{}.txt", case));
        let expected = fs::read_to_string(golden).unwrap();
        for threads in [1, 2] {
            let actual = dump_of(&locations, threads);
            if actual != expected {
                failures.push(format!(
                    "{} ({} threads):\n--- golden\n{}--- native\n{}",
                    case, threads, expected, actual
                ));
            }
        }
    }
    println!("opencode store goldens: {} cases", CASES.len());
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
