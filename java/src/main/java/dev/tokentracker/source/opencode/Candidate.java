package dev.tokentracker.source.opencode;

import dev.tokentracker.model.UsageMessage;

/**
 * A usage record before deduplication.
 *
 * @param id        the message id, or null (then it is never deduplicated)
 * @param fromStore read from the SQLite store (whose copy of a message wins)
 */
record Candidate(String id, boolean fromStore, UsageMessage message) {
}
