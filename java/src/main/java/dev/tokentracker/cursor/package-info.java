/**
 * Cursor's usage exports (SPEC §6). Cursor keeps no usable local log, so its usage comes from the
 * CSV that the dashboard exports; the sync (to come) downloads it into the cache folder, where the
 * user may also drop older exports by hand. This package reads every {@code *.csv} of that folder
 * in phase 2 ({@link dev.tokentracker.cursor.CursorCsvReader}): a strict RFC 4180 record reader,
 * header-by-name column mapping across the four export generations, one message per data row,
 * and the rule that makes overlapping exports count each event once.
 *
 * <p>Everything here is written to be mirrored line by line in the native engine: no CSV library,
 * explicit byte-level parsing, and no hash-map order reaching the output.
 */
package dev.tokentracker.cursor;
