package dev.tokentracker.source.claude;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.scan.DecimalAmount;
import dev.tokentracker.scan.MalformedRecordException;
import dev.tokentracker.scan.Timestamps;

/**
 * SPEC §3 for Claude: decides whether a line is a usage record and maps it to a message. Two
 * shapes carry usage: an assistant line ({@code type == "assistant"}, {@code message.usage}) and
 * a sub-agent turn embedded in a progress record ({@code type == "progress"},
 * {@code data.type == "agent_progress"}, the sub-agent's own line at {@code data.message}).
 */
final class UsageMapping {

    static final String SYNTHETIC_MODEL = "<synthetic>";
    static final String UNKNOWN_MODEL = "unknown";
    static final String DEFAULT_PROVIDER = "anthropic";

    private UsageMapping() {
    }

    /**
     * The usage of a line, or null when it is not a usage record (or is a {@code <synthetic>}
     * error record, which is dropped without being counted).
     *
     * @param fallbackSession the session id for lines without one: the file name without .jsonl
     * @throws MalformedRecordException when a token field or the timestamp breaks the rules
     */
    static ClaudeUsage map(TranscriptLine line, String fallbackSession) {
        if ("assistant".equals(line.type)) {
            return mapResponse(line, line.message, line.requestId, line.timestamp, line.sidechain,
                    fallbackSession);
        }
        if ("progress".equals(line.type) && "agent_progress".equals(line.dataType)
                && line.dataMessage != null) {
            TranscriptLine embedded = line.dataMessage;
            String timestamp = embedded.timestamp != null ? embedded.timestamp : line.timestamp;
            return mapResponse(line, embedded.message, embedded.requestId, timestamp, true,
                    fallbackSession);
        }
        return null;
    }

    /**
     * Maps one API response. {@code line} is the outer line: it gives the session id and the
     * reported cost in both shapes.
     */
    private static ClaudeUsage mapResponse(TranscriptLine line, TranscriptLine.Message message,
            String requestId, String timestamp, boolean sidechain, String fallbackSession) {
        if (message == null || message.usage == null) {
            return null;
        }
        // Local error records ("API Error: …", all-zero usage) are not model calls.
        if (SYNTHETIC_MODEL.equals(message.model)) {
            return null;
        }
        TranscriptLine.Usage usage = message.usage;
        if (usage.anyInvalid()) {
            throw new MalformedRecordException("token field is not an integer 0..2^63-1");
        }
        if (timestamp == null) {
            throw new MalformedRecordException("usage record without a timestamp");
        }
        long timestampMs = Timestamps.parseRfc3339(timestamp);
        boolean clamped = usage.cacheWrite1h > usage.cacheWrite;
        long cacheWrite1h = clamped ? usage.cacheWrite : usage.cacheWrite1h;
        String model = message.model != null ? message.model : UNKNOWN_MODEL;
        UsageMessage mapped = new UsageMessage(Source.CLAUDE, model, providerOf(model),
                line.sessionId != null ? line.sessionId : fallbackSession, timestampMs,
                usage.input, usage.output, usage.cacheRead, usage.cacheWrite, cacheWrite1h, 0,
                reportedCost(line.costText), CostRule.REPORTED_FIRST);
        return new ClaudeUsage(mapped, message.id, requestId, sidechain, clamped);
    }

    /**
     * {@code anthropic}, unless the model id names another back end the way Claude Code writes
     * it when pointed at one ({@code unsloth/Qwen3-Coder-Next}): the part before the first
     * {@code /}. An empty prefix ({@code /x}) names nothing and keeps the default.
     */
    static String providerOf(String model) {
        int slash = model.indexOf('/');
        return slash > 0 ? model.substring(0, slash) : DEFAULT_PROVIDER;
    }

    /** {@code costUSD} in picodollars; a negative or out-of-range number is no cost at all. */
    private static long reportedCost(String costText) {
        if (costText == null) {
            return UsageMessage.NO_REPORTED_COST;
        }
        long picos = DecimalAmount.toPicos(costText);
        return picos == DecimalAmount.NOT_AN_AMOUNT ? UsageMessage.NO_REPORTED_COST : picos;
    }
}
