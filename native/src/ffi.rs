//! The C ABI (see `include/token_tracker.h` for the contract in prose).
//!
//! This is the only module allowed to use `unsafe` and `extern "C"`. Every export that does
//! work runs inside `boundary`, which turns a panic into a status code instead of unwinding into
//! the JVM.

#![allow(unsafe_code)]

use crate::version;
use std::os::raw::c_char;

/// `TT_ABI_VERSION` of the built library.
#[no_mangle]
pub extern "C" fn tt_abi_version() -> u32 {
    version::ABI_VERSION
}

/// A static, NUL-terminated version string; never freed.
#[no_mangle]
pub extern "C" fn tt_version() -> *const c_char {
    version::VERSION_STRING.as_ptr() as *const c_char
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;

    #[test]
    fn exports_report_the_crate_constants() {
        assert_eq!(tt_abi_version(), version::ABI_VERSION);
        // SAFETY: tt_version returns a pointer to a static NUL-terminated string.
        let text = unsafe { CStr::from_ptr(tt_version()) }.to_str().unwrap();
        assert_eq!(text, version::VERSION_STRING.trim_end_matches('\0'));
    }
}
