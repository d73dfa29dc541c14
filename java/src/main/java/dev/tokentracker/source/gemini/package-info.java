/**
 * Gemini CLI (SPEC §2–§3): the session recordings under {@code ~/.gemini/tmp/<project>/chats/}.
 *
 * <p>Two file shapes hold the same messages. A {@code session-*.json} file is one JSON document
 * (one record) with a {@code messages} array; a {@code session-*.jsonl} file is an append log: a
 * header line with the {@code sessionId}, one message per line, {@code {"$set": …}} metadata
 * patches, and the same message id written again each time the message grows. Both shapes feed
 * one {@link dev.tokentracker.source.gemini.SessionCollector}, which keeps the usage messages
 * ({@code type == "gemini"} with {@code tokens} and {@code model}) and drops the earlier copies
 * of a rewritten id; {@link dev.tokentracker.source.gemini.SessionMerge} then counts each
 * (session id, message id) once across files, because one session can be recorded under two
 * project folders. The rules are written down for users in {@code docs/sources/gemini.md}.
 */
package dev.tokentracker.source.gemini;
