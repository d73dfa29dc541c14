//! token-tracker's native core.
//!
//! It reads the logs that AI coding assistants leave on disk (Claude Code, Codex CLI, Gemini CLI,
//! OpenCode) and Cursor's usage export, prices every message with a table handed over by Java,
//! and aggregates the reports. Java calls it through the C ABI in `include/token_tracker.h`
//! (Foreign Function & Memory API, no JNI); `ffi` is the only module with `unsafe` code.
//!
//! The pure-Java engine implements the same rules, and both must give identical reports on
//! every input: see `docs/architecture.md`.

#![deny(unsafe_code)]

pub mod ffi;
pub mod version;
