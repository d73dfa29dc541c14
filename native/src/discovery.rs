//! Finding a source's files under its roots, in record order (mirrors Java
//! `source.FileDiscovery` and `source.DiscoveredFile`).
//!
//! The rules of SPEC §2, walked exactly as Java's `Files.walkFileTree` without `FOLLOW_LINKS`
//! walks them:
//!
//! * a root is resolved to its real path first, so a root that is itself a symlink is followed;
//!   a missing root, or one that is not a directory, is simply empty;
//! * below the root, symlinked directories are not descended into (no loops) but symlinked
//!   regular files are read, with the size of the file they point to (sizes only balance the
//!   work across threads; a caller may go without them, [`Sizes::Skipped`], which saves a stat
//!   per regular file: a link is still resolved to find out what it points to);
//! * a file is found when it is at most `max_depth` levels below its root (a direct child is
//!   level 1) and its path relative to the root satisfies `accept`;
//! * a directory that cannot be opened, or an entry whose type cannot be read, is skipped; an
//!   error while listing an opened directory fails the discovery (Java's visitor rethrows it);
//! * the files are sorted by their full path as UTF-8 bytes (the record order), and a file
//!   reached twice (through two roots) is kept once, by its real path, at its first position.
//!
//! Paths are the root's real path joined with the relative path, as in Java. On Unix the sort
//! key is the path's own bytes; Java decodes file names as UTF-8, so a name that is not UTF-8
//! (which no assistant writes) may sort differently in the two engines.

use crate::fast_hash::FastHashSet;
use std::cmp::Ordering;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// What discovery reads about each file beyond its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sizes {
    /// Each file's size, from a stat per file.
    Read,
    /// No size (0) for a regular file, whose directory entry already says what it is: for a
    /// source of thousands of small files (OpenCode writes one per message), where that stat is
    /// a visible share of the whole parse and the sizes barely change the order of work.
    Skipped,
}

/// A file found under a source root, with the key that fixes record order: the full path as a
/// UTF-8 byte string (SPEC §2, "Record order").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoveredFile {
    /// The path as discovered (the root's real path plus the relative path).
    pub path: PathBuf,
    /// The file's size in bytes when discovered (used to balance work across threads); 0 when
    /// discovered without sizes ([`Sizes::Skipped`]).
    pub size: u64,
    /// The path as UTF-8 text, where the path's own bytes are not that (on Unix they are the
    /// key themselves).
    #[cfg(not(unix))]
    sort_key: Vec<u8>,
}

impl DiscoveredFile {
    pub fn new(path: PathBuf, size: u64) -> DiscoveredFile {
        DiscoveredFile {
            #[cfg(not(unix))]
            sort_key: path.to_string_lossy().as_bytes().to_vec(),
            path,
            size,
        }
    }

    /// The full path as bytes, compared unsigned: its own bytes on Unix, its UTF-8 text
    /// elsewhere.
    pub fn sort_key(&self) -> &[u8] {
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            self.path.as_os_str().as_bytes()
        }
        #[cfg(not(unix))]
        {
            &self.sort_key
        }
    }

    /// Record order: by the full path's bytes.
    pub fn record_order(a: &DiscoveredFile, b: &DiscoveredFile) -> Ordering {
        a.sort_key().cmp(b.sort_key())
    }
}

/// Files under `roots` (at most `max_depth` levels below a root; `usize::MAX` for no limit)
/// whose path relative to its root satisfies `accept`, in record order, with their sizes.
pub fn find<R, F>(roots: &[R], max_depth: usize, accept: F) -> io::Result<Vec<DiscoveredFile>>
where
    R: AsRef<Path>,
    F: Fn(&Path) -> bool,
{
    find_with(roots, max_depth, accept, Sizes::Read)
}

/// [`find`], with or without the sizes of regular files; the files and their order are the same.
pub fn find_with<R, F>(
    roots: &[R],
    max_depth: usize,
    accept: F,
    sizes: Sizes,
) -> io::Result<Vec<DiscoveredFile>>
where
    R: AsRef<Path>,
    F: Fn(&Path) -> bool,
{
    let mut found = Vec::new();
    let mut walked = 0;
    for root in roots {
        let real_root = match real_path(root.as_ref()) {
            Ok(path) => path,
            Err(_) => continue,
        };
        if !real_root.is_dir() {
            continue;
        }
        walk(&real_root, max_depth, &accept, sizes, &mut found)?;
        walked += 1;
    }
    found.sort_by(|a, b| DiscoveredFile::record_order(&a.0, &b.0));
    // One walk without links reaches each file once, at its real path (below): nothing to drop.
    if walked <= 1 && found.iter().all(|(_, is_link)| !is_link) {
        return Ok(found.into_iter().map(|(file, _)| file).collect());
    }
    let mut real_paths = FastHashSet::default();
    let mut unique = Vec::with_capacity(found.len());
    for (file, is_link) in found {
        // The walk starts from a real root and never enters a linked directory, so a file that
        // is not itself a link is already at its real path: resolving it (a readlink per path
        // component) would cost more than the whole parse of a small file.
        let real = if is_link {
            real_path(&file.path).unwrap_or_else(|_| file.path.clone())
        } else {
            file.path.clone()
        };
        if real_paths.insert(real) {
            unique.push(file);
        }
    }
    Ok(unique)
}

/// An accept predicate: the file name ends with `suffix`.
pub fn name_ends_with(suffix: &str) -> impl Fn(&Path) -> bool + '_ {
    move |relative| {
        relative
            .file_name()
            .map_or(false, |name| name.to_string_lossy().ends_with(suffix))
    }
}

/// Depth-first walk below one real root; the order does not matter (the caller sorts). Each
/// file comes with whether it is a symbolic link.
fn walk<F>(
    root: &Path,
    max_depth: usize,
    accept: &F,
    sizes: Sizes,
    found: &mut Vec<(DiscoveredFile, bool)>,
) -> io::Result<()>
where
    F: Fn(&Path) -> bool,
{
    if max_depth == 0 {
        return Ok(());
    }
    let mut pending = vec![(root.to_path_buf(), PathBuf::new(), 0usize)];
    while let Some((dir, relative, depth)) = pending.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(_) => continue, // unreadable directory: skipped like a missing one
        };
        for entry in entries {
            let entry = entry?;
            let file_type = match entry.file_type() {
                Ok(file_type) => file_type,
                Err(_) => continue,
            };
            let path = entry.path();
            let child = relative.join(entry.file_name());
            if file_type.is_dir() {
                if depth + 1 < max_depth {
                    pending.push((path, child, depth + 1));
                }
                continue;
            }
            let size = if file_type.is_file() && sizes == Sizes::Skipped {
                0
            } else {
                match regular_file_size(&entry, file_type.is_symlink()) {
                    Some(size) => size,
                    None => continue,
                }
            };
            if accept(&child) {
                found.push((DiscoveredFile::new(path, size), file_type.is_symlink()));
            }
        }
    }
    Ok(())
}

/// The size of a regular file, or of the regular file a symlink points to; `None` for anything
/// else (directories behind links, sockets, broken links).
fn regular_file_size(entry: &fs::DirEntry, is_symlink: bool) -> Option<u64> {
    let metadata = if is_symlink {
        fs::metadata(entry.path())
    } else {
        entry.metadata()
    };
    match metadata {
        Ok(m) if m.is_file() => Some(m.len()),
        _ => None,
    }
}

/// The real path (Java `toRealPath`). On Windows the verbatim prefix that `canonicalize` adds
/// (`\\?\C:\…`) is removed, so that paths read as Java's do.
pub fn real_path(path: &Path) -> io::Result<PathBuf> {
    let real = fs::canonicalize(path)?;
    #[cfg(windows)]
    let real = without_verbatim_prefix(real);
    Ok(real)
}

#[cfg(windows)]
fn without_verbatim_prefix(path: PathBuf) -> PathBuf {
    use std::path::{Component, Prefix};
    let mut components = path.components();
    let plain = match components.next() {
        Some(Component::Prefix(prefix)) => match prefix.kind() {
            Prefix::VerbatimDisk(letter) => format!("{}:", letter as char),
            Prefix::VerbatimUNC(server, share) => format!(
                r"\\{}\{}",
                server.to_string_lossy(),
                share.to_string_lossy()
            ),
            _ => return path,
        },
        _ => return path,
    };
    let mut out = PathBuf::from(plain);
    out.push(components.as_path());
    out
}

#[cfg(test)]
mod tests;
