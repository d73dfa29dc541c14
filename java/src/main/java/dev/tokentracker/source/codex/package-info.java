/**
 * OpenAI Codex CLI (SPEC §2–§3): rollout files under {@code $CODEX_HOME/sessions} and
 * {@code $CODEX_HOME/archived_sessions}, one JSON envelope per line.
 *
 * <p>Codex logs usage as running totals: each {@code event_msg/token_count} carries the session's
 * {@code total_token_usage} so far (and the last call's {@code last_token_usage}). A file is read
 * by one sequential state machine ({@link dev.tokentracker.source.codex.RolloutState}) that turns
 * the totals into per-event usage ({@link dev.tokentracker.source.codex.TotalBaseline}): repeats
 * of a total are dropped, growth is taken as a difference, a counter that went down (a resumed or
 * forked session) falls back to the last call's usage. Parent files skip the events they log
 * while a review sub-agent runs, because the sub-agent's own rollout counts them.
 *
 * <p>Every rule is per file, so files parse independently; the only cross-file rule (a session
 * archived under the same file name is read once, from {@code sessions/}) is applied at discovery.
 * See {@code docs/sources/codex.md}.
 */
package dev.tokentracker.source.codex;
