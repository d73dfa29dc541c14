//! Reading a small file whole, into a buffer each thread reuses (OpenCode writes one small JSON
//! file per message, and a home holds thousands of them).
//!
//! `std::fs::read` asks for the file's size first (a `statx`) to size a new buffer, and the
//! buffer is allocated and freed per file. Here the bytes go into the calling thread's buffer,
//! which grows as needed and is kept for the next file: an open, the reads up to the end of the
//! file (the last one returns 0), and a close. The buffer stays zero-initialised to its full
//! length, so it is written only by the reads. A buffer grown past [`KEPT_CAPACITY`] for one
//! large file is dropped after it, so a thread never keeps more than that.

use std::cell::RefCell;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// The buffer a thread starts with.
const INITIAL_CAPACITY: usize = 64 * 1024;
/// The largest buffer a thread keeps between files.
const KEPT_CAPACITY: usize = 1024 * 1024;

thread_local! {
    static BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Reads the file at `path` whole and hands its bytes to `use_bytes` (which must not read a
/// file with this function itself: the buffer is in use).
pub fn with_bytes<T>(path: &Path, use_bytes: impl FnOnce(&[u8]) -> T) -> io::Result<T> {
    let mut file = File::open(path)?;
    BUFFER.with(|buffer| {
        let mut buffer = buffer.borrow_mut();
        let filled = read_to_end(&mut file, &mut buffer);
        let result = filled.map(|filled| use_bytes(&buffer[..filled]));
        if buffer.len() > KEPT_CAPACITY {
            *buffer = Vec::new();
        }
        result
    })
}

/// Reads `input` to its end into `buffer` from its start, growing it when full; the number of
/// bytes read.
fn read_to_end(input: &mut impl Read, buffer: &mut Vec<u8>) -> io::Result<usize> {
    if buffer.is_empty() {
        buffer.resize(INITIAL_CAPACITY, 0);
    }
    let mut filled = 0;
    loop {
        if filled == buffer.len() {
            let grown = buffer.len() * 2;
            buffer.resize(grown, 0);
        }
        match input.read(&mut buffer[filled..]) {
            Ok(0) => return Ok(filled),
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;

    fn read(path: &Path) -> io::Result<Vec<u8>> {
        with_bytes(path, <[u8]>::to_vec)
    }

    #[test]
    fn reads_files_of_any_size_whole_one_after_another() {
        let dir = TempDir::new();
        let sizes = [
            0,
            1,
            INITIAL_CAPACITY - 1,
            INITIAL_CAPACITY,
            3 * INITIAL_CAPACITY + 7,
            5,
        ];
        for (i, &size) in sizes.iter().enumerate() {
            let bytes: Vec<u8> = (0..size).map(|b| (b * 7 + i) as u8).collect();
            let path = dir.write(&format!("f{}", i), &bytes);
            assert_eq!(read(&path).unwrap(), bytes, "size {}", size);
        }
    }

    #[test]
    fn a_thread_keeps_no_buffer_larger_than_the_limit() {
        let dir = TempDir::new();
        let large = dir.write("large", &vec![1; KEPT_CAPACITY + 1]);
        let small = dir.write("small", b"{}");
        assert_eq!(read(&large).unwrap().len(), KEPT_CAPACITY + 1);
        assert_eq!(BUFFER.with(|buffer| buffer.borrow().len()), 0);
        assert_eq!(read(&small).unwrap(), b"{}");
        assert_eq!(
            BUFFER.with(|buffer| buffer.borrow().len()),
            INITIAL_CAPACITY
        );
    }

    #[test]
    fn a_file_that_cannot_be_opened_or_read_is_an_error() {
        let dir = TempDir::new();
        assert_eq!(
            read(&dir.path().join("missing")).unwrap_err().kind(),
            io::ErrorKind::NotFound
        );
        // A directory opens on Unix but cannot be read.
        assert!(read(dir.path()).is_err());
    }

    /// An input that hands over a few bytes per read and is interrupted in between.
    struct Trickle<'a>(&'a [u8], bool);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.1 = !self.1;
            if self.1 {
                return Err(io::Error::new(io::ErrorKind::Interrupted, "signal"));
            }
            let n = buf.len().min(self.0.len()).min(3);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn short_and_interrupted_reads_are_continued() {
        let bytes: Vec<u8> = (0..=255).collect();
        let mut buffer = vec![9; 4];
        let filled = read_to_end(&mut Trickle(&bytes, false), &mut buffer).unwrap();
        assert_eq!(&buffer[..filled], &bytes[..]);
    }
}
