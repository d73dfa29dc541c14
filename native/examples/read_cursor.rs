//! Times phase 2's Cursor CSV read alone, for profiling: `cargo run --release --example
//! read_cursor -- <cursor-cache-dir> [runs]`. Prints the fastest and the median run (the machine
//! may be shared, so single runs are noisy), the counts and a fingerprint of the whole result
//! (messages, stats, warnings), which speed work must leave unchanged.

use std::collections::hash_map::DefaultHasher;
use std::env;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::time::Instant;
use token_tracker_core::cursor;

fn main() {
    let mut args = env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: read_cursor <dir> [runs]"));
    let runs: usize = args.next().map_or(20, |r| r.parse().expect("runs"));
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let result = cursor::read(&dir);
        times.push(start.elapsed().as_secs_f64() * 1e3);
        last = Some(result);
    }
    times.sort_by(|a, b| a.partial_cmp(b).expect("finite"));
    let result = last.expect("one run");
    // SipHash with fixed keys: the same result prints the same fingerprint in every build.
    let mut fingerprint = DefaultHasher::new();
    format!("{:?}", result).hash(&mut fingerprint);
    println!(
        "cursor {} messages, min {:.1} ms, median {:.1} ms over {} runs; {:?}; {} warning(s); \
         fingerprint {:016x}",
        result.messages.len(),
        times[0],
        times[times.len() / 2],
        times.len(),
        result.stats,
        result.warnings.len(),
        fingerprint.finish()
    );
}
