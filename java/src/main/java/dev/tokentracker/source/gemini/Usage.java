package dev.tokentracker.source.gemini;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.TokenMath;
import dev.tokentracker.model.UsageMessage;

/**
 * One valid usage record: a gemini message whose counts are all token counts and whose timestamp
 * parsed. Turning it into the unified message maps Gemini's overlapping counts into the five
 * disjoint buckets (SPEC §3): Gemini's {@code input} includes {@code cached}, and
 * {@code total == input + output + thoughts + tool}, so
 * input = input − cached + tool, cache read = cached, output = output, reasoning = thoughts.
 *
 * @param messageId the message id, or null (such a message is never deduplicated)
 */
record Usage(String messageId, String model, long timestampMs, Tokens tokens) {

    static final String PROVIDER = "google";

    /** True when {@code cached > input}: the subtraction is clamped at 0 and counted malformed. */
    boolean clamped() {
        return tokens.cached() > tokens.input();
    }

    UsageMessage toMessage(String sessionId) {
        long uncached = Math.max(0, tokens.input() - tokens.cached());
        return new UsageMessage(
                Source.GEMINI,
                model,
                PROVIDER,
                sessionId,
                timestampMs,
                TokenMath.saturatingAdd(uncached, tokens.tool()),
                tokens.output(),
                tokens.cached(),
                0,
                0,
                tokens.thoughts(),
                UsageMessage.NO_REPORTED_COST,
                CostRule.REPORTED_FIRST);
    }
}
