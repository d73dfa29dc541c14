package dev.tokentracker.source.codex;

import dev.tokentracker.scan.MalformedRecordException;
import dev.tokentracker.scan.Timestamps;

/**
 * A {@code token_count} event with a usage object, checked against the rules of SPEC §2 before it
 * may touch any state: a malformed usage record changes nothing (not the baseline, not the
 * remembered totals).
 *
 * @param timestampMs the line's {@code timestamp}
 * @param model       {@code info.model} when a non-empty string, else the model in effect
 * @param total       {@code total_token_usage}, or null
 * @param last        {@code last_token_usage}, or null
 */
record UsageEvent(long timestampMs, String model, TokenUsage total, TokenUsage last) {

    /**
     * Validates the event. Malformed when the timestamp is missing or not RFC 3339, when a
     * counter of either usage object is not a token count (both are checked, whichever the rules
     * end up using, so the verdict does not depend on state), or when there is no usage object.
     *
     * @param currentModel the model of the latest {@code turn_context}, or null
     */
    static UsageEvent of(String timestamp, TokenCountInfo info, String currentModel) {
        if (timestamp == null) {
            throw new MalformedRecordException("token_count without a timestamp");
        }
        long timestampMs = Timestamps.parseRfc3339(timestamp);
        if (info.total() == null && info.last() == null) {
            throw new MalformedRecordException("token_count info with neither total nor last usage");
        }
        if ((info.total() != null && !info.total().isValid()) || (info.last() != null && !info.last().isValid())) {
            throw new MalformedRecordException("token count is not an integer from 0 to 2^63-1");
        }
        return new UsageEvent(timestampMs, modelOf(info, currentModel), info.total(), info.last());
    }

    private static String modelOf(TokenCountInfo info, String currentModel) {
        if (info.model() != null && !info.model().isEmpty()) {
            return info.model();
        }
        return currentModel != null ? currentModel : "unknown";
    }
}
