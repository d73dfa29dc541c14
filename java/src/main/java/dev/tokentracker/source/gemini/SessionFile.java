package dev.tokentracker.source.gemini;

import dev.tokentracker.model.UsageMessage;
import java.util.List;

/**
 * What one session file yields before the cross-file merge: its usage messages in file order,
 * already deduplicated within the file, and its counts.
 *
 * @param sessionId     the session id the file itself states, or null (then its messages are not
 *                      deduplicated against other files)
 * @param kept          the usage messages kept, in the order of the copies that were kept
 * @param recordsParsed records handed to the JSON reader
 * @param malformed     records that are not a JSON object, and usage records that break a rule
 *                      (clamped subtractions are counted at the merge, on the copy kept)
 * @param duplicates    earlier copies of a message id that the file writes again
 */
record SessionFile(String sessionId, List<Kept> kept, long recordsParsed, long malformed, long duplicates) {

    SessionFile {
        kept = List.copyOf(kept);
    }

    /**
     * A usage message that survived the file's own dedup.
     *
     * @param messageId the message id, or null
     * @param clamped   true when input − cached was clamped at 0
     */
    record Kept(String messageId, UsageMessage message, boolean clamped) {
    }
}
