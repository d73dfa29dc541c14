package dev.tokentracker.source.claude;

import dev.tokentracker.model.UsageMessage;

/**
 * One usage record of a file, kept small until the merge: the message it would become and the
 * three facts deduplication needs.
 *
 * @param message         the message, complete (model, provider, session, time, buckets, cost)
 * @param messageId       {@code message.id}, or null: such a record is never deduplicated
 * @param requestId       {@code requestId}, or null: part of the dedup key as "none"
 * @param sidechain       a sub-agent line ({@code isSidechain: true}, or embedded in a progress
 *                        record); dropped when the same {@code message.id} has a main-chain copy
 * @param cacheWriteClamped the 1-hour cache writes exceeded the cache writes and were clamped;
 *                        the record is counted once as malformed
 */
record ClaudeUsage(
        UsageMessage message,
        String messageId,
        String requestId,
        boolean sidechain,
        boolean cacheWriteClamped) {

    /** The size of the response, which decides which copy of it is kept. */
    long totalTokens() {
        return message.totalTokens();
    }
}
