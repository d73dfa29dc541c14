/*
 * token-tracker native core: the C ABI that Java calls through the Foreign Function & Memory API.
 *
 * Hand-written; this header is the contract and native/src/ffi.rs follows it. docs/abi.md
 * describes the payloads (JSON and binary layouts) field by field. native/tests/abi.rs checks
 * that TT_ABI_VERSION here equals the library's.
 *
 * Versioning
 *   TT_ABI_VERSION is bumped on ANY change to a signature, a struct layout, the meaning of a
 *   status code or a payload schema. Java checks tt_abi_version() when it loads the library and
 *   falls back to its own engine on a mismatch; there is no compatibility range.
 *
 * Ownership
 *   - Inputs (pointer + length) belong to the caller and are only borrowed for the call; the
 *     library keeps no pointer to them after returning.
 *   - Every tt_buf the library fills was allocated by the library and must be given back to
 *     tt_buf_free exactly once (a NULL/empty buffer may be freed too: it is a no-op). The caller
 *     copies the bytes out before freeing and never keeps the pointer.
 *   - A tt_local handle from tt_parse_local_sources belongs to the caller until it hands it to
 *     tt_local_release, exactly once. Finalize calls only borrow it; it may be finalized any
 *     number of times (one report kind after another), from one thread at a time.
 *   - tt_version() returns a static string: never free it.
 *
 * Errors
 *   Every function that can fail returns a tt_status. On TT_OK the outputs are set; otherwise the
 *   outputs are left empty (NULL handle, empty buffers) and *err holds a UTF-8 message (possibly
 *   empty). Panics never cross the boundary: they become TT_PANIC with the panic message in *err.
 *   Null pointers and impossible lengths are checked first and give TT_INVALID_ARGUMENT.
 *
 * Threads
 *   The functions are reentrant and keep no global mutable state (beyond a once-installed panic
 *   hook that silences the default panic printout). Work is spread over a thread pool sized by
 *   the request. Call them from platform threads: a foreign call pins a virtual thread's carrier.
 */
#ifndef TOKEN_TRACKER_H
#define TOKEN_TRACKER_H

#include <stddef.h>
#include <stdint.h>

#define TT_ABI_VERSION 1

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes. Numbers are never reused; a retired code stays listed as reserved. */
typedef int32_t tt_status;
#define TT_OK 0
#define TT_INVALID_ARGUMENT 1 /* a null pointer, a length that cannot be, a released handle */
#define TT_BAD_REQUEST 2      /* a request payload that does not follow docs/abi.md */
#define TT_IO_ERROR 3         /* the local data as a whole could not be read */
#define TT_PANIC 99           /* a bug: the library panicked; the message says where */

/* Bytes allocated by the library; give them back with tt_buf_free. */
typedef struct tt_buf {
    uint8_t *ptr;
    size_t len;
} tt_buf;

/* Parsed local messages, kept native between the two phases. */
typedef struct tt_local tt_local;

/* The ABI version of the loaded library; must equal TT_ABI_VERSION. */
uint32_t tt_abi_version(void);

/* "token-tracker-core/<crate version>/abi-<n>"; static, never freed. */
const char *tt_version(void);

/*
 * Phase 1: discovers and parses the local sources.
 *   request    UTF-8 JSON: the sources, their roots and the thread count (docs/abi.md, "Parse request").
 *   store      the OpenCode SQLite store rows read by Java, binary (docs/abi.md, "Store rows");
 *              may be NULL with length 0 when there is no store.
 *   out_local  receives the handle.
 *   out_stats  receives UTF-8 JSON: per-source counts (docs/abi.md, "Parse stats").
 */
tt_status tt_parse_local_sources(const uint8_t *request, size_t request_len,
                                 const uint8_t *store, size_t store_len,
                                 tt_local **out_local, tt_buf *out_stats, tt_buf *err);

/*
 * Phase 2: reads the Cursor CSVs (when the request names their folder), prices every message,
 * filters by date in the report zone, aggregates and sorts. One function per report kind; all
 * take the same inputs:
 *   request    UTF-8 JSON: Cursor folder, cost mode, date filter, version (docs/abi.md, "Finalize request").
 *   prices     the price table, binary (docs/abi.md, "Price table").
 *   zone       the report zone's UTC offsets, binary (docs/abi.md, "Zone table").
 *   out        receives the report as UTF-8 JSON (docs/abi.md, "Reports").
 */
tt_status tt_finalize_report(const tt_local *local, const uint8_t *request, size_t request_len,
                             const uint8_t *prices, size_t prices_len,
                             const uint8_t *zone, size_t zone_len, tt_buf *out, tt_buf *err);
tt_status tt_finalize_monthly_report(const tt_local *local, const uint8_t *request, size_t request_len,
                                     const uint8_t *prices, size_t prices_len,
                                     const uint8_t *zone, size_t zone_len, tt_buf *out, tt_buf *err);
tt_status tt_finalize_daily_report(const tt_local *local, const uint8_t *request, size_t request_len,
                                   const uint8_t *prices, size_t prices_len,
                                   const uint8_t *zone, size_t zone_len, tt_buf *out, tt_buf *err);
tt_status tt_finalize_graph(const tt_local *local, const uint8_t *request, size_t request_len,
                            const uint8_t *prices, size_t prices_len,
                            const uint8_t *zone, size_t zone_len, tt_buf *out, tt_buf *err);

/* The handle's messages and counts as the text of a parse golden file (testdata/golden/parse,
 * Java's source.ParseDump): one JSON line per message in order, then one counts line per source.
 * For the tests that hold both engines' phase 1 to the same goldens. */
tt_status tt_local_dump(const tt_local *local, tt_buf *out, tt_buf *err);

/* Releases a handle from tt_parse_local_sources; NULL is a no-op. */
void tt_local_release(tt_local *local);

/* Frees a buffer the library filled and zeroes it; NULL or an empty buffer is a no-op. */
void tt_buf_free(tt_buf *buf);

/* Panics on purpose inside the boundary, so that callers can test that a panic becomes
 * TT_PANIC (with the message in *err) and does not take the process down. */
tt_status tt_test_panic(tt_buf *err);

#ifdef __cplusplus
}
#endif

#endif /* TOKEN_TRACKER_H */
