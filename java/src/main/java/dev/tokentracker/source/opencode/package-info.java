/**
 * OpenCode (SPEC §2–§3): assistant messages from the JSON message files
 * ({@code storage/message/**}/{@code *.json}, OpenCode ≤ 1.1) and from the SQLite store
 * ({@code opencode.db}, table {@code message}, newer versions), mapped to the five buckets and
 * deduplicated by message id across both.
 *
 * <p>One record is a whole JSON file or one store row; both go through the same reader
 * ({@link dev.tokentracker.source.opencode.MessageJson}) and the same rules
 * ({@link dev.tokentracker.source.opencode.MessageRecord}), so a message reads the same wherever
 * OpenCode wrote it. The merge ({@link dev.tokentracker.source.opencode.MessageDedup}) keeps one
 * copy per message id: the store's, else the last JSON file's in record order. The rules and the
 * decisions behind them are written down in {@code docs/sources/opencode.md}.
 */
package dev.tokentracker.source.opencode;
