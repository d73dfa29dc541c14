//! How Java describes a failed file read, so that the warning about an unreadable export reads
//! the same from both engines (Java prints the `IOException` with `toString()`).
//!
//! On Unix, Java's `Files.newInputStream` turns an `open` error into the `java.nio.file`
//! exception for its errno (`UnixException.translateToIOException`): `ENOENT` →
//! `NoSuchFileException`, `EACCES` → `AccessDeniedException`, both with the path as their whole
//! message; `ELOOP` and every other errno → `FileSystemException` with `<path>: <strerror>` (plus
//! a fixed remark for `ELOOP`). A `read` error becomes a plain `java.io.IOException` whose message
//! is the strerror text. Both engines take that text from the C library's `strerror`, which Rust
//! prints as `<strerror> (os error N)`. Errors without an errno (and Windows, whose Java
//! exceptions carry other texts) are described as closely as Rust allows.

use std::fmt;
use std::io;
use std::path::Path;

/// Why a file could not be read: opening it, or reading from it once open.
#[derive(Debug)]
pub enum ReadFailure {
    Open(io::Error),
    Read(io::Error),
}

impl ReadFailure {
    /// Java's `toString()` of the exception it throws for this failure on `path`.
    pub fn java_text(&self, path: &Path) -> String {
        match self {
            ReadFailure::Open(e) => open_failure(e, path),
            ReadFailure::Read(e) => format!("java.io.IOException: {}", strerror(e)),
        }
    }
}

impl fmt::Display for ReadFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadFailure::Open(e) | ReadFailure::Read(e) => e.fmt(f),
        }
    }
}

/// Java's `toString()` of the exception for an `open` (or directory listing) error on `path`.
fn open_failure(e: &io::Error, path: &Path) -> String {
    let (class, message) = nio_exception(e, path);
    format!("{}: {}", class, message)
}

/// The message (`getMessage()`) of the exception Java throws when listing the directory `path`
/// fails: the same translation as for `open`.
pub fn listing_failure_message(e: &io::Error, path: &Path) -> String {
    nio_exception(e, path).1
}

/// The class and message of the `java.nio.file` exception for an OS error on `path`.
#[cfg(unix)]
fn nio_exception(e: &io::Error, path: &Path) -> (&'static str, String) {
    const ENOENT: i32 = 2;
    const EACCES: i32 = 13;
    // ELOOP's number differs between Unix systems.
    #[cfg(any(target_os = "linux", target_os = "android"))]
    const ELOOP: i32 = 40;
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    const ELOOP: i32 = 62;
    let path = path.display().to_string();
    match e.raw_os_error() {
        Some(ENOENT) => ("java.nio.file.NoSuchFileException", path),
        Some(EACCES) => ("java.nio.file.AccessDeniedException", path),
        Some(ELOOP) => (
            "java.nio.file.FileSystemException",
            format!(
                "{}: {} or unable to access attributes of symbolic link",
                path,
                strerror(e)
            ),
        ),
        _ => (
            "java.nio.file.FileSystemException",
            format!("{}: {}", path, strerror(e)),
        ),
    }
}

#[cfg(not(unix))]
fn nio_exception(e: &io::Error, path: &Path) -> (&'static str, String) {
    let path = path.display().to_string();
    match e.kind() {
        io::ErrorKind::NotFound => ("java.nio.file.NoSuchFileException", path),
        io::ErrorKind::PermissionDenied => ("java.nio.file.AccessDeniedException", path),
        _ => (
            "java.nio.file.FileSystemException",
            format!("{}: {}", path, strerror(e)),
        ),
    }
}

/// The C library's text for an OS error (Rust's message without its ` (os error N)` suffix), or
/// the error's own text when it has no errno.
pub fn strerror(e: &io::Error) -> String {
    let text = e.to_string();
    match e.raw_os_error() {
        Some(code) => {
            let suffix = format!(" (os error {})", code);
            match text.strip_suffix(&suffix) {
                Some(plain) => plain.to_string(),
                None => text,
            }
        }
        None => text,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use crate::testing::TempDir;
    use std::fs::File;
    use std::io::Read;

    fn open(path: &Path) -> String {
        let e = File::open(path).unwrap_err();
        ReadFailure::Open(e).java_text(path)
    }

    /// The texts Java 25 prints for the same failures on Linux (checked by hand with
    /// `Files.newInputStream(path).read(…)`).
    #[test]
    fn failures_read_as_java_prints_them() {
        let dir = TempDir::new();
        let missing = dir.path().join("missing.csv");
        assert_eq!(
            open(&missing),
            format!("java.nio.file.NoSuchFileException: {}", missing.display())
        );
        let file = dir.write("plain", b"x");
        let below_file = file.join("x.csv");
        assert_eq!(
            open(&below_file),
            format!(
                "java.nio.file.FileSystemException: {}: Not a directory",
                below_file.display()
            )
        );
        let directory = dir.path().join("d.csv");
        std::fs::create_dir(&directory).unwrap();
        let e = File::open(&directory)
            .unwrap()
            .read(&mut [0; 8])
            .unwrap_err();
        assert_eq!(
            ReadFailure::Read(e).java_text(&directory),
            "java.io.IOException: Is a directory"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_symlink_loop_gets_javas_remark() {
        let dir = TempDir::new();
        let looped = dir.path().join("loop.csv");
        std::os::unix::fs::symlink(&looped, &looped).unwrap();
        assert_eq!(
            open(&looped),
            format!(
                "java.nio.file.FileSystemException: {}: Too many levels of symbolic links \
                 or unable to access attributes of symbolic link",
                looped.display()
            )
        );
    }
}
