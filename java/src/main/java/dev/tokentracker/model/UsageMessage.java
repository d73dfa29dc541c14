package dev.tokentracker.model;

/**
 * One priced-to-be API call, the unified message of SPEC §3. The five token buckets are disjoint:
 * {@code total = input + output + cacheRead + cacheWrite + reasoning}.
 *
 * @param source           where it was read
 * @param modelId          the model as the source names it ({@code unknown} when it does not)
 * @param providerId       {@code anthropic}, {@code openai}, … (OpenCode and Cursor say or imply it)
 * @param sessionId        the session the call belongs to, or empty when the source has none
 * @param timestampMs      Unix milliseconds, UTC
 * @param cacheWrite1h     the part of {@code cacheWrite} written with a one-hour lifetime (Claude)
 * @param reportedCostPicos the cost the source itself recorded, in picodollars, or
 *                          {@link #NO_REPORTED_COST}
 * @param costRule          how the cost is chosen per cost mode ({@link CostRule#REPORTED_FIRST}
 *                          for every local source)
 */
public record UsageMessage(
        Source source,
        String modelId,
        String providerId,
        String sessionId,
        long timestampMs,
        long input,
        long output,
        long cacheRead,
        long cacheWrite,
        long cacheWrite1h,
        long reasoning,
        long reportedCostPicos,
        CostRule costRule) {

    public static final long NO_REPORTED_COST = -1;

    public boolean hasReportedCost() {
        return reportedCostPicos != NO_REPORTED_COST;
    }

    /** All tokens of the call, saturating at 2^63-1 (token counts are at most that each). */
    public long totalTokens() {
        return TokenMath.saturatingSum(input, output, cacheRead, cacheWrite, reasoning);
    }

    /** The prompt side of the call, which decides the long-context price tier (SPEC §5). */
    public long promptTokens() {
        return TokenMath.saturatingSum(input, cacheRead, cacheWrite);
    }
}
