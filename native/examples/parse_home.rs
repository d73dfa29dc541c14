//! Times phase 1 of the native engine over a home, source by source and all together, for
//! profiling without the JVM: `cargo run --release --example parse_home -- <home> [threads]`.
//! With `ONLY_ALL=1` in the environment only the run over all sources is made (for peak-memory
//! measurements); the per-source counts go to stderr. Then phase 2's Cursor CSV read is timed.

use std::env;
use std::path::PathBuf;
use std::time::Instant;
use token_tracker_core::cursor;
use token_tracker_core::local;
use token_tracker_core::model::Source;
use token_tracker_core::sources::Locations;

fn main() {
    let mut args = env::args().skip(1);
    let home = PathBuf::from(args.next().expect("usage: parse_home <home> [threads]"));
    let threads: usize = args.next().map_or(2, |t| t.parse().expect("threads"));
    let locations = Locations::of_home(&home);
    for source in Source::ALL
        .iter()
        .copied()
        .filter(|s| s.is_local() && env::var_os("ONLY_ALL").is_none())
    {
        let start = Instant::now();
        let parsed = local::parse(&[source], &locations, threads).expect("parse");
        println!(
            "{:8} {:>8} messages {:>8.1} ms",
            source.id(),
            parsed.messages.len(),
            start.elapsed().as_secs_f64() * 1e3
        );
    }
    let start = Instant::now();
    let all: Vec<Source> = Source::ALL
        .iter()
        .copied()
        .filter(|s| s.is_local())
        .collect();
    let parsed = local::parse(&all, &locations, threads).expect("parse");
    eprintln!("{:?}", parsed.stats);
    println!(
        "all      {:>8} messages {:>8.1} ms",
        parsed.messages.len(),
        start.elapsed().as_secs_f64() * 1e3
    );
    // Phase 2's Cursor read, when the home has a cache (`~/.token-tracker/cursor-cache`).
    let cursor_dir = home.join(".token-tracker").join("cursor-cache");
    if cursor_dir.is_dir() {
        let start = Instant::now();
        let cursor = cursor::read(&cursor_dir);
        println!(
            "cursor   {:>8} messages {:>8.1} ms",
            cursor.messages.len(),
            start.elapsed().as_secs_f64() * 1e3
        );
    }
}
