//! Phase 1: discover the selected local sources' files, parse all of them in parallel, then
//! merge each source sequentially in record order (mirrors Java `source.LocalParser` and
//! `source.LocalParseResult`; the request and the stats JSON are in [`request`]).
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
pub fn parse(
    selected: &[Source],
    locations: &Locations,
    threads: usize,
) -> io::Result<LocalParseResult> {
    let mut jobs = Vec::new();
    for source in Source::ALL {
        if source.is_local() && selected.contains(&source) {
            jobs.push(sources::job(source, locations)?);
        }
    }
    Ok(run(jobs, threads))
}

/// Parses every file of every job on one pool, then merges the jobs in order.
pub fn run(jobs: Vec<Box<dyn Job>>, threads: usize) -> LocalParseResult {
    parse_all(&jobs, threads.max(1));
    let mut result = LocalParseResult::default();
    for job in jobs {
        let merged = job.merge();
        result.messages.extend(merged.messages);
        result.stats.push(merged.stats);
    }
    result
}

/// One source's parse, with its parser's file type erased so that all sources share one pool.
pub trait Job: Sync {
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
        let mut slot = self.parsed[index]
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *slot = result;
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

fn parse_all(jobs: &[Box<dyn Job>], threads: usize) {
    let tasks = tasks(jobs);
    let pool = if threads == 1 || tasks.len() < 2 {
        None
    } else {
        // Without a pool (threads could not be started) the same work runs on this thread:
        // the result does not depend on the thread count.
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("tt-parse-{}", i))
            .build()
            .ok()
    };
    match pool {
        None => {
            for &(job, index) in &tasks {
                jobs[job].parse_one(index);
            }
        }
        // FIFO, so that the largest files start first on every thread.
        Some(pool) => pool.scope_fifo(|scope| {
            for &(job, index) in &tasks {
                scope.spawn_fifo(move |_| jobs[job].parse_one(index));
            }
        }),
    }
}

#[cfg(test)]
mod tests;
