//! The driver with a stand-in parser: placement by index, largest first, sources in order,
//! unreadable files, thread independence.

use super::*;
use crate::discovery;
use crate::model::{CostRule, NO_REPORTED_COST};
use crate::testing::TempDir;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Reads `<root>/<source id>/*.txt`; each file's text becomes one message's model id, after a
/// delay that scrambles completion order; files named `bad*` fail to parse.
struct Stub {
    source: Source,
    root: PathBuf,
    started: Arc<Mutex<Vec<String>>>,
}

impl SourceParser for Stub {
    type File = String;

    fn source(&self) -> Source {
        self.source
    }

    fn discover(&self, _: &Locations) -> io::Result<Vec<DiscoveredFile>> {
        let roots = [self.root.join(self.source.id())];
        discovery::find(&roots, usize::MAX, discovery::name_ends_with(".txt"))
    }

    fn parse_file(&self, file: &DiscoveredFile) -> io::Result<String> {
        let name = file
            .path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        self.started.lock().unwrap().push(name.clone());
        let text = std::fs::read_to_string(&file.path)?;
        std::thread::sleep(Duration::from_millis((text.len() % 7) as u64));
        if name.starts_with("bad") {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "bad"));
        }
        Ok(text)
    }

    fn merge(&self, _: &[DiscoveredFile], parsed: Vec<Option<String>>) -> SourceResult {
        let mut result = SourceResult::empty(self.source);
        for text in parsed {
            match text {
                None => result.stats.files_unreadable += 1,
                Some(text) => {
                    result.stats.files_read += 1;
                    result.stats.messages += 1;
                    result.messages.push(message(self.source, text));
                }
            }
        }
        result
    }
}

fn message(source: Source, model_id: String) -> UsageMessage {
    UsageMessage {
        source,
        model_id: model_id.into(),
        provider_id: "".into(),
        session_id: "".into(),
        timestamp_ms: 0,
        input: 1,
        output: 0,
        cache_read: 0,
        cache_write: 0,
        cache_write_1h: 0,
        reasoning: 0,
        reported_cost_picos: NO_REPORTED_COST,
        cost_rule: CostRule::ReportedFirst,
    }
}

/// Two sources with files of many sizes, named so that record order differs from size order.
fn tree() -> TempDir {
    let dir = TempDir::new();
    for i in 0..40 {
        let text = "x".repeat((i * 37) % 101 + 1);
        dir.write(&format!("claude/f{:02}.txt", i), text.as_bytes());
    }
    dir.write("codex/a.txt", b"codex-a");
    dir.write("codex/bad.txt", b"unreadable");
    dir.write("codex/z.txt", b"codex-z");
    dir
}

fn run_stubs(dir: &TempDir, threads: usize) -> (LocalParseResult, Vec<String>) {
    let started = Arc::new(Mutex::new(Vec::new()));
    let locations = Locations::default();
    let jobs = [Source::Claude, Source::Codex]
        .iter()
        .map(|&source| {
            let stub = Stub {
                source,
                root: dir.path().to_path_buf(),
                started: Arc::clone(&started),
            };
            ParserJob::start(stub, &locations).unwrap()
        })
        .collect();
    let result = run(jobs, threads);
    let order = started.lock().unwrap().clone();
    (result, order)
}

#[test]
fn results_are_placed_by_index_whatever_the_thread_count() {
    let dir = tree();
    let (one, _) = run_stubs(&dir, 1);
    for threads in [2, 3, 8] {
        assert_eq!(run_stubs(&dir, threads).0, one, "{} threads", threads);
    }
    let ids: Vec<_> = one.messages.iter().map(|m| m.model_id.as_str()).collect();
    assert_eq!(ids.len(), 42);
    assert_eq!(ids[0], "x");
    assert_eq!(ids[1], "x".repeat(38));
    assert_eq!(ids[40..], ["codex-a", "codex-z"]);
}

#[test]
fn unreadable_files_reach_the_merge_as_none() {
    let dir = tree();
    let (result, _) = run_stubs(&dir, 4);
    let codex = result.stats_of(Source::Codex).unwrap();
    assert_eq!((codex.files_read, codex.files_unreadable), (2, 1));
    assert_eq!(result.stats_of(Source::Claude).unwrap().files_read, 40);
    assert_eq!(result.stats_of(Source::Gemini), None);
}

#[test]
fn files_start_largest_first() {
    let dir = tree();
    let (_, order) = run_stubs(&dir, 1);
    let size = |name: &String| {
        let source = if name.starts_with('f') {
            "claude"
        } else {
            "codex"
        };
        std::fs::metadata(dir.path().join(source).join(name))
            .unwrap()
            .len()
    };
    let sizes: Vec<u64> = order.iter().map(size).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{:?}", sizes);
    // Equal sizes keep source then record order: "unreadable" (10 bytes) after f?? of 10.
    assert_eq!(order.len(), 43);
}

#[test]
fn parse_takes_local_sources_in_declaration_order() {
    let locations = Locations::of_home(std::path::Path::new("/nonexistent"));
    let selected = [Source::Cursor, Source::OpenCode, Source::Claude];
    let result = parse(&selected, &locations, 2).unwrap();
    let order: Vec<_> = result.stats.iter().map(|s| s.source).collect();
    assert_eq!(order, [Source::Claude, Source::OpenCode]);
    assert!(result.messages.is_empty());
}
