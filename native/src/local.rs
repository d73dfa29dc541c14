//! Phase 1: discover the selected local sources' files, parse all of them in parallel, then
//! merge each source in record order (mirrors Java `source.LocalParser` and
//! `source.LocalParseResult`; the request and the stats JSON are in [`request`]). The sources'
//! discoveries, and then their merges, run at the same time on the same threads; each is
//! sequential within its source, and the results are joined in source order.
//!
//! All files of all sources share one pool of `threads` threads and are started largest first,
//! so that one big file does not finish last alone. Each file's result is stored at its index in
//! its source's file list — never in completion order — and the merge reads them in that order,
//! so the result does not depend on the thread count or on timing. A file whose parse fails is
//! `None` for the merge, which counts it as unreadable; a failing discovery fails the whole run.

pub mod request;

use crate::discovery::DiscoveredFile;
use crate::model::{Source, SourceResult, SourceStats, UsageMessage};
use crate::sources::{self, Locations, SourceParser};
use std::io;
use std::sync::Mutex;

/// Every selected local source's messages, in source order and within a source in record order,
/// with the per-source counts (in source order).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LocalParseResult {
    pub messages: Vec<UsageMessage>,
    pub stats: Vec<SourceStats>,
}

impl LocalParseResult {
    /// The counts of one source, when it was parsed.
    pub fn stats_of(&self, source: Source) -> Option<&SourceStats> {
        self.stats.iter().find(|s| s.source == source)
    }
}

/// Runs phase 1 for the selected sources (Cursor, if selected, is ignored: it is phase 2's).
/// The sources are taken in their declaration order, whatever the order of `selected`.
///
/// The sources are discovered at the same time, on the pool that then parses their files:
/// discovery lists every directory and reads every file's size, and a home with thousands of
/// OpenCode message files would otherwise spend that time on one thread. A failing discovery
/// fails the run with the error of the first such source in declaration order.
pub fn parse(
    selected: &[Source],
    locations: &Locations,
    threads: usize,
) -> io::Result<LocalParseResult> {
    let sources: Vec<Source> = Source::ALL
        .iter()
        .copied()
        .filter(|s| s.is_local() && selected.contains(s))
        .collect();
    let pool = Pool::new(threads);
    let discovered = pool.map(&sources, discovery_order(&sources), |source| {
        sources::job(*source, locations)
    });
    let jobs = discovered.into_iter().collect::<io::Result<Vec<_>>>()?;
    Ok(run_on(&pool, jobs))
}

/// The order in which discoveries start, most files first (OpenCode writes a file per
/// message, Claude one per session and sub-agent), so that the longest one starts at once.
fn discovery_order(sources: &[Source]) -> Vec<usize> {
    let rank = |s: Source| match s {
        Source::OpenCode => 0,
        Source::Claude => 1,
        _ => 2,
    };
    let mut order: Vec<usize> = (0..sources.len()).collect();
    order.sort_by_key(|&i| rank(sources[i]));
    order
}

/// Parses every file of every job on one pool, then merges the jobs in order.
pub fn run(jobs: Vec<Box<dyn Job>>, threads: usize) -> LocalParseResult {
    run_on(&Pool::new(threads), jobs)
}

/// Parses every file of every job, then merges the jobs (at the same time, each on its own: a
/// merge only reads its own source's files) and joins their results in order.
fn run_on(pool: &Pool, jobs: Vec<Box<dyn Job>>) -> LocalParseResult {
    let tasks = tasks(&jobs);
    pool.run(&tasks, |&(job, index)| jobs[job].parse_one(index));
    // The largest merge (usually Claude's) starts first.
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&j| std::cmp::Reverse(jobs[j].files().len()));
    let jobs: Vec<Mutex<Option<Box<dyn Job>>>> =
        jobs.into_iter().map(|job| Mutex::new(Some(job))).collect();
    let merged = pool.map(&jobs, order, |job| {
        let job = lock(job).take().expect("each job is merged once");
        job.merge()
    });
    let mut result = LocalParseResult::default();
    let total: usize = merged.iter().map(|source| source.messages.len()).sum();
    for source in merged {
        if result.messages.is_empty() {
            // The first source with messages is taken whole, not copied (on one thread, after
            // the pool's work); the later ones are appended to it.
            result.messages = source.messages;
            result.messages.reserve(total - result.messages.len());
        } else {
            result.messages.extend(source.messages);
        }
        result.stats.push(source.stats);
    }
    result
}

/// One source's parse, with its parser's file type erased so that all sources share one pool.
pub trait Job: Send + Sync {
    /// The discovered files, in record order.
    fn files(&self) -> &[DiscoveredFile];

    /// Parses file `index` and stores the result at that index. Called from any thread.
    fn parse_one(&self, index: usize);

    /// Merges the stored results in record order.
    fn merge(self: Box<Self>) -> SourceResult;
}

/// A source's parser, its files and the per-file results (indexed like the files).
pub struct ParserJob<P: SourceParser> {
    parser: P,
    files: Vec<DiscoveredFile>,
    parsed: Vec<Mutex<Option<P::File>>>,
}

impl<P: SourceParser + 'static> ParserJob<P> {
    /// Discovers the parser's files and returns the job that parses them.
    pub fn start(parser: P, locations: &Locations) -> io::Result<Box<dyn Job>> {
        let files = parser.discover(locations)?;
        let parsed = files.iter().map(|_| Mutex::new(None)).collect();
        Ok(Box::new(ParserJob {
            parser,
            files,
            parsed,
        }))
    }
}

impl<P: SourceParser> Job for ParserJob<P> {
    fn files(&self) -> &[DiscoveredFile] {
        &self.files
    }

    fn parse_one(&self, index: usize) {
        let result = self.parser.parse_file(&self.files[index]).ok();
        *lock(&self.parsed[index]) = result;
    }

    fn merge(self: Box<Self>) -> SourceResult {
        let ParserJob {
            parser,
            files,
            parsed,
        } = *self;
        let parsed = parsed
            .into_iter()
            .map(|slot| slot.into_inner().unwrap_or_else(|p| p.into_inner()))
            .collect();
        parser.merge(&files, parsed)
    }
}

/// (job, file index) of every file, largest first; ties keep source then record order.
fn tasks(jobs: &[Box<dyn Job>]) -> Vec<(usize, usize)> {
    let mut tasks: Vec<(usize, usize)> = jobs
        .iter()
        .enumerate()
        .flat_map(|(j, job)| (0..job.files().len()).map(move |i| (j, i)))
        .collect();
    tasks.sort_by(|a, b| {
        let size = |t: &(usize, usize)| jobs[t.0].files()[t.1].size;
        size(b).cmp(&size(a))
    });
    tasks
}

/// The threads of one phase-1 run, or none when it runs on the calling thread (one thread
/// asked, or threads could not be started: the result does not depend on the thread count).
struct Pool(Option<rayon::ThreadPool>);

impl Pool {
    fn new(threads: usize) -> Pool {
        if threads <= 1 {
            return Pool(None);
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("tt-parse-{}", i))
            .build()
            .ok();
        Pool(pool)
    }

    /// Runs `work` on every item, started in the order given (FIFO, so that on every thread
    /// the first items start first); returns when all are done.
    fn run<T: Sync, F: Fn(&T) + Sync>(&self, items: &[T], work: F) {
        match &self.0 {
            Some(pool) if items.len() > 1 => pool.scope_fifo(|scope| {
                for item in items {
                    let work = &work;
                    scope.spawn_fifo(move |_| work(item));
                }
            }),
            _ => items.iter().for_each(work),
        }
    }

    /// `work` of every item, in the items' order; the items are started in `order` (indexes).
    fn map<T: Sync, R: Send, F: Fn(&T) -> R + Sync>(
        &self,
        items: &[T],
        order: Vec<usize>,
        work: F,
    ) -> Vec<R> {
        let results: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
        self.run(&order, |&i| *lock(&results[i]) = Some(work(&items[i])));
        results
            .into_iter()
            .map(|slot| {
                let result = slot.into_inner().unwrap_or_else(|p| p.into_inner());
                result.expect("every item was run")
            })
            .collect()
    }
}

/// Locks a slot; a panic elsewhere cannot leave one half-written (each is written whole).
fn lock<T>(slot: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests;
