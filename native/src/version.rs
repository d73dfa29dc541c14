//! Version identifiers of the library and of its C ABI.

/// Bumped on any change to a function signature, a struct layout, a status code's meaning or a
/// payload schema. Must equal `TT_ABI_VERSION` in `include/token_tracker.h`; Java refuses a
/// library whose number differs from the one it was built against.
pub const ABI_VERSION: u32 = 1;

/// The crate version, from Cargo.toml.
pub const CRATE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// `token-tracker-core/<crate version>/abi-<n>`, NUL-terminated for C callers.
pub const VERSION_STRING: &str =
    concat!("token-tracker-core/", env!("CARGO_PKG_VERSION"), "/abi-1\0");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_string_names_the_abi_version() {
        let text = VERSION_STRING.trim_end_matches('\0');
        assert_eq!(
            text,
            format!("token-tracker-core/{}/abi-{}", CRATE_VERSION, ABI_VERSION)
        );
        assert!(VERSION_STRING.ends_with('\0'));
        assert_eq!(VERSION_STRING.matches('\0').count(), 1);
    }
}
