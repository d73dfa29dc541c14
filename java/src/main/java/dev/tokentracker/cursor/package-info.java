/**
 * Cursor's usage exports (SPEC §6). Cursor keeps no usable local log, so its usage comes from the
 * CSV that the cursor.com dashboard exports.
 *
 * <ul>
 *   <li><b>Login</b>: {@link dev.tokentracker.cursor.SessionToken} (the one secret, never shown),
 *       {@link dev.tokentracker.cursor.CursorCredentials} (the credentials file, {@code 0600}),
 *       {@link dev.tokentracker.cursor.UsageSummary} (the session check).
 *   <li><b>Sync</b>, phase 1: {@link dev.tokentracker.cursor.CursorBranch} decides whether to sync
 *       and what to warn; {@link dev.tokentracker.cursor.CursorApi} makes the request (deadline
 *       including the body, size cap, completeness, no redirects, failures described without
 *       quoting anything that could hold the cookie); {@code CursorSync} checks the body is an
 *       export and replaces {@code usage.csv} atomically ({@code PrivateFiles}). A failure never
 *       touches the cache.
 *   <li><b>Reading</b>, phase 2: {@link dev.tokentracker.cursor.CursorCsvReader} reads every
 *       {@code *.csv} of the cache folder — a strict RFC 4180 record reader, header-by-name column
 *       mapping across the four export generations, one message per data row, and the rule that
 *       makes overlapping exports (of any generation) count each event once.
 * </ul>
 *
 * <p>The reading side is written to be mirrored line by line in the native engine: no CSV
 * library, explicit byte-level parsing, and no hash-map order reaching the output. Login and sync
 * exist only in Java (the shell owns the network).
 */
package dev.tokentracker.cursor;
