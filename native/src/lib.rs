//! token-tracker's native core.
//!
//! It reads the logs that AI coding assistants leave on disk (Claude Code, Codex CLI, Gemini CLI,
//! OpenCode) and Cursor's usage export, prices every message with a table handed over by Java,
//! and aggregates the reports. Java calls it through the C ABI in `include/token_tracker.h`
//! (Foreign Function & Memory API, no JNI); `ffi` is the only module with `unsafe` code.
//!
//! The pure-Java engine implements the same rules, and both must give identical reports on
//! every input: each module here mirrors a Java package (named in its docs), and both are held to
//! the same golden files in `testdata/`. See `docs/architecture.md` and `docs/abi.md`.

#![deny(unsafe_code)]

pub mod binary;
pub mod cursor;
pub mod discovery;
pub mod dump;
pub mod engine;
pub mod fast_hash;
pub mod ffi;
pub mod json;
pub mod jsonl;
pub mod local;
pub mod model;
pub mod money;
pub mod pricing;
pub mod report;
pub mod request_json;
pub mod small_file;
pub mod sources;
pub mod store;
pub mod timestamps;
pub mod version;
pub mod zone;

#[cfg(test)]
mod testing;
