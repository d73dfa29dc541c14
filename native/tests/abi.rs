//! The header is the contract: its ABI version must be the library's.

use std::ffi::CStr;

#[test]
fn header_abi_version_matches_the_library() {
    let header = include_str!("../include/token_tracker.h");
    let line = header
        .lines()
        .find(|l| l.starts_with("#define TT_ABI_VERSION "))
        .expect("header defines TT_ABI_VERSION");
    let number: u32 = line["#define TT_ABI_VERSION ".len()..]
        .trim()
        .parse()
        .unwrap();
    assert_eq!(number, token_tracker_core::ffi::tt_abi_version());
    assert_eq!(number, token_tracker_core::version::ABI_VERSION);
}

#[test]
fn version_string_carries_the_abi_version() {
    // SAFETY: tt_version returns a static NUL-terminated string.
    let text = unsafe { CStr::from_ptr(token_tracker_core::ffi::tt_version()) }
        .to_str()
        .unwrap();
    assert!(text.starts_with("token-tracker-core/"));
    assert!(text.ends_with(&format!(
        "/abi-{}",
        token_tracker_core::version::ABI_VERSION
    )));
}
