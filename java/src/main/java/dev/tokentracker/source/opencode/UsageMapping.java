package dev.tokentracker.source.opencode;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.TokenMath;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.scan.DecimalAmount;
import dev.tokentracker.source.opencode.MessageFields.TokenCounts;

/**
 * Maps an OpenCode usage record to the unified message (SPEC §3).
 *
 * <p>OpenCode's five counts are already disjoint, except that newer versions put reasoning inside
 * {@code output}; they say so by writing {@code tokens.total} equal to input + output + cache read
 * + cache write. Only then is reasoning taken out of output. Without a total (OpenCode ≤ 1.1), or
 * with a total that counts reasoning on its own, reasoning stays its own bucket.
 */
final class UsageMapping {

    /** Where OpenCode did not record a provider. */
    static final String UNKNOWN_PROVIDER = "unknown";

    /** The message, and whether output − reasoning went below zero (clamped; counted malformed). */
    record Mapped(UsageMessage message, boolean clamped) {
    }

    private UsageMapping() {
    }

    /** @param fields a usage record without invalid token counts */
    static Mapped map(MessageFields fields, String sessionId, long timestampMs) {
        TokenCounts tokens = fields.tokens;
        long output = tokens.output;
        boolean clamped = false;
        if (reasoningInsideOutput(tokens)) {
            output = tokens.output - tokens.reasoning;
            if (output < 0) {
                output = 0;
                clamped = true;
            }
        }
        UsageMessage message = new UsageMessage(
                Source.OPENCODE,
                fields.modelId,
                fields.providerId != null ? fields.providerId : UNKNOWN_PROVIDER,
                sessionId != null ? sessionId : "",
                timestampMs,
                tokens.input,
                output,
                tokens.cacheRead,
                tokens.cacheWrite,
                0,
                tokens.reasoning,
                reportedCost(fields.costText),
                CostRule.REPORTED_FIRST);
        return new Mapped(message, clamped);
    }

    private static boolean reasoningInsideOutput(TokenCounts tokens) {
        return tokens.total != MessageFields.ABSENT
                && tokens.total == TokenMath.saturatingSum(
                        tokens.input, tokens.output, tokens.cacheRead, tokens.cacheWrite);
    }

    /**
     * {@code cost} when it is a positive amount. OpenCode writes 0 both for free models and for
     * models it has no price for (custom providers, subscriptions); 0 therefore means "not
     * priced by OpenCode", and the message is priced from its tokens like any other.
     */
    private static long reportedCost(String costText) {
        if (costText == null) {
            return UsageMessage.NO_REPORTED_COST;
        }
        long picos = DecimalAmount.toPicos(costText);
        return picos > 0 ? picos : UsageMessage.NO_REPORTED_COST;
    }
}
