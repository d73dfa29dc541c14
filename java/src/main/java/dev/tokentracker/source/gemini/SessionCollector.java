package dev.tokentracker.source.gemini;

import dev.tokentracker.scan.MalformedRecordException;
import dev.tokentracker.scan.Timestamps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one session file's messages, whichever of the two shapes it has: counts records,
 * keeps the valid usage records, and at the end drops the earlier copies of a message id that
 * the file writes more than once (JSONL sessions rewrite a message each time it grows; the last
 * copy that carries tokens and a model is the complete one).
 */
final class SessionCollector {

    private final List<Usage> usages = new ArrayList<>();
    private long recordsParsed;
    private long malformed;

    /** A record was handed to the JSON reader. */
    void recordParsed() {
        recordsParsed++;
    }

    /** A record was not valid JSON, or not an object. */
    void malformedRecord() {
        malformed++;
    }

    /**
     * One message. Only usage records are kept; a usage record with a count that is not a token
     * count, or without an RFC 3339 timestamp, is malformed and skipped.
     */
    void message(MessageFields fields) {
        if (!fields.isUsage()) {
            return;
        }
        if (!fields.tokens().valid() || fields.timestamp() == null) {
            malformed++;
            return;
        }
        long timestampMs;
        try {
            timestampMs = Timestamps.parseRfc3339(fields.timestamp());
        } catch (MalformedRecordException badTimestamp) {
            malformed++;
            return;
        }
        usages.add(new Usage(fields.id(), fields.model(), timestampMs, fields.tokens()));
    }

    /**
     * The file's result. {@code sessionId} is what the file states (null when it states none);
     * messages then carry {@code fallbackSessionId}, the file name without its extension.
     */
    SessionFile finish(String sessionId, String fallbackSessionId) {
        String messageSession = sessionId != null ? sessionId : fallbackSessionId;
        Map<String, Integer> lastCopy = new HashMap<>();
        for (int i = 0; i < usages.size(); i++) {
            String id = usages.get(i).messageId();
            if (id != null) {
                lastCopy.put(id, i);
            }
        }
        List<SessionFile.Kept> kept = new ArrayList<>(lastCopy.size());
        long duplicates = 0;
        for (int i = 0; i < usages.size(); i++) {
            Usage usage = usages.get(i);
            String id = usage.messageId();
            if (id != null && lastCopy.get(id) != i) {
                duplicates++;
                continue;
            }
            kept.add(new SessionFile.Kept(id, usage.toMessage(messageSession), usage.clamped()));
        }
        return new SessionFile(sessionId, kept, recordsParsed, malformed, duplicates);
    }
}
