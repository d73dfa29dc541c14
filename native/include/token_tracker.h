/*
 * token-tracker native core: the C ABI that Java calls through the Foreign Function & Memory API.
 *
 * Hand-written; this header is the contract and the Rust side (native/src/ffi.rs) follows it.
 * native/tests/abi.rs checks that TT_ABI_VERSION here equals the library's.
 *
 * Versioning
 *   TT_ABI_VERSION is bumped on ANY change to a signature, a struct layout, the meaning of a
 *   status code or a payload schema. The Java side checks tt_abi_version() at load time and
 *   falls back to its own engine on a mismatch; there is no compatibility range.
 *
 * Strings
 *   tt_version() returns a static NUL-terminated string owned by the library: never free it.
 */
#ifndef TOKEN_TRACKER_H
#define TOKEN_TRACKER_H

#include <stdint.h>

#define TT_ABI_VERSION 1

#ifdef __cplusplus
extern "C" {
#endif

/* The ABI version of the loaded library; must equal TT_ABI_VERSION. */
uint32_t tt_abi_version(void);

/* "token-tracker-core/<crate version>/abi-<n>"; static, never freed. */
const char *tt_version(void);

#ifdef __cplusplus
}
#endif

#endif /* TOKEN_TRACKER_H */
