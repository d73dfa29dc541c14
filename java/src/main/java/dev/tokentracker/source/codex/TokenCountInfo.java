package dev.tokentracker.source.codex;

/**
 * The {@code payload.info} object of a {@code token_count} event.
 *
 * @param model the model named in the event itself, or null
 * @param total {@code total_token_usage}, or null when absent or not an object
 * @param last  {@code last_token_usage}, or null when absent or not an object
 */
record TokenCountInfo(String model, TokenUsage total, TokenUsage last) {
}
