/**
 * Claude Code: the JSONL transcripts under {@code ~/.claude/projects/} (and the XDG and
 * {@code CLAUDE_CONFIG_DIR} locations), read into usage messages as SPEC §2–§3 describe.
 *
 * <p>Each file is read on its own ({@link dev.tokentracker.source.claude.ClaudeFileReader}): a
 * line is parsed only when it contains {@code "usage"}, its members are pulled into a
 * {@link dev.tokentracker.source.claude.TranscriptLine}, and
 * {@link dev.tokentracker.source.claude.UsageMapping} turns an assistant line (or a sub-agent turn
 * embedded in an {@code agent_progress} record) into a compact
 * {@link dev.tokentracker.source.claude.ClaudeUsage}. The files are then merged in record order by
 * {@link dev.tokentracker.source.claude.ClaudeDedup}, which drops sidechain replays and the
 * copies one API response leaves across lines and files. The format and every decision are
 * described in {@code docs/sources/claude.md}.
 */
package dev.tokentracker.source.claude;
