//! The local sources: the parser contract each one implements and the registry that picks a
//! source's parser (mirrors Java `source.SourceParser`, `source.SourceLocations` and
//! `source.LocalSources`).
//!
//! Reading one source is split the way the engine runs it: discovery, then every file parsed on
//! its own (in parallel, in any order), then one sequential merge in record order that applies
//! the cross-file rules (deduplication, replays, repeats). [`crate::local`] runs it.
//!
//! One module per source: [`claude`], [`codex`], [`gemini`], [`opencode`].

pub mod claude;
pub mod codex;
pub mod gemini;
pub mod opencode;

use crate::discovery::DiscoveredFile;
use crate::local::{Job, ParserJob};
use crate::model::{Source, SourceResult};
use std::io;
use std::path::{Path, PathBuf};

/// Where each source keeps its data (SPEC §2), as Java resolved it (home, environment
/// overrides) and sent it in the parse request. Only paths: whether they exist is for discovery
/// to find out (a missing directory is not an error).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Locations {
    /// Claude `projects` directories, in order.
    pub claude_roots: Vec<PathBuf>,
    /// Codex `sessions` then `archived_sessions`.
    pub codex_roots: Vec<PathBuf>,
    /// Gemini's `tmp` directory; sessions are in `tmp/<project>/chats/`.
    pub gemini_tmp: PathBuf,
    /// OpenCode's data directory (holds `storage/message/` and `opencode.db`).
    pub opencode_data: PathBuf,
    /// OpenCode's store (`opencode.db`), when the data directory has one: Java reads its rows
    /// and hands them over (docs/abi.md, "Store rows"), because this library has no SQLite.
    pub opencode_stores: Vec<crate::store::Store>,
}

impl Locations {
    /// The default locations under a home, with no environment overrides and no XDG variables
    /// (what Java's `SourceLocations` gives for `--home <home>` with an empty environment).
    pub fn of_home(home: &Path) -> Locations {
        Locations {
            claude_roots: vec![
                home.join(".config").join("claude").join("projects"),
                home.join(".claude").join("projects"),
            ],
            codex_roots: vec![
                home.join(".codex").join("sessions"),
                home.join(".codex").join("archived_sessions"),
            ],
            gemini_tmp: home.join(".gemini").join("tmp"),
            opencode_data: home.join(".local").join("share").join("opencode"),
            opencode_stores: Vec::new(),
        }
    }
}

/// Reading one local source (Java `SourceParser<F>`).
pub trait SourceParser: Send + Sync {
    /// What parsing one file yields; owned by that file alone (no shared mutable state).
    type File: Send;

    fn source(&self) -> Source;

    /// The source's files, in record order.
    fn discover(&self, locations: &Locations) -> io::Result<Vec<DiscoveredFile>>;

    /// Parses one file; called from several threads at once. An error means the file is skipped
    /// and counted as unreadable by `merge`.
    fn parse_file(&self, file: &DiscoveredFile) -> io::Result<Self::File>;

    /// Builds the source's messages from the parsed files: `parsed[i]` is the parse of
    /// `files[i]` (record order), `None` where the file could not be read.
    fn merge(&self, files: &[DiscoveredFile], parsed: Vec<Option<Self::File>>) -> SourceResult;
}

/// Discovers a local source's files and returns the job that parses and merges them.
///
/// # Panics
/// For Cursor, which is not a local source (it is read in phase 2, from its CSV cache); callers
/// filter with [`Source::is_local`].
pub fn job(source: Source, locations: &Locations) -> io::Result<Box<dyn Job>> {
    match source {
        Source::Claude => ParserJob::start(claude::ClaudeParser, locations),
        Source::Codex => ParserJob::start(codex::CodexParser, locations),
        Source::Gemini => ParserJob::start(gemini::GeminiParser, locations),
        Source::OpenCode => ParserJob::start(opencode::OpenCodeParser::new(locations), locations),
        Source::Cursor => panic!("Cursor is read in phase 2, from its CSV cache"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_locations_under_a_home_are_those_of_java() {
        let home = Path::new("/h");
        let locations = Locations::of_home(home);
        assert_eq!(
            locations.claude_roots,
            [
                PathBuf::from("/h/.config/claude/projects"),
                PathBuf::from("/h/.claude/projects")
            ]
        );
        assert_eq!(
            locations.codex_roots,
            [
                PathBuf::from("/h/.codex/sessions"),
                PathBuf::from("/h/.codex/archived_sessions")
            ]
        );
        assert_eq!(locations.gemini_tmp, PathBuf::from("/h/.gemini/tmp"));
        assert_eq!(
            locations.opencode_data,
            PathBuf::from("/h/.local/share/opencode")
        );
    }
}
