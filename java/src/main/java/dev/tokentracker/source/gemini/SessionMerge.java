package dev.tokentracker.source.gemini;

import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.source.SourceResult;
import dev.tokentracker.source.SourceStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-file rule: one session can be recorded under two project folders (Gemini CLI moved
 * from hash-named to short-named project directories and kept the old copy), so each
 * (session id, message id) counts once, and the copy in the later file in record order wins and
 * takes that file's position. A file that states no session id, and a message without an id, are
 * never matched against other files: without both halves of the key nothing says two copies are
 * the same message.
 */
final class SessionMerge {

    private SessionMerge() {
    }

    private record MessageKey(String sessionId, String messageId) {
    }

    /** @param parsed one entry per file, in record order; null where the file was unreadable */
    static SourceResult merge(List<SessionFile> parsed) {
        Map<MessageKey, Integer> lastFile = new HashMap<>();
        for (int i = 0; i < parsed.size(); i++) {
            SessionFile file = parsed.get(i);
            if (file == null || file.sessionId() == null) {
                continue;
            }
            for (SessionFile.Kept kept : file.kept()) {
                if (kept.messageId() != null) {
                    lastFile.put(new MessageKey(file.sessionId(), kept.messageId()), i);
                }
            }
        }
        return emit(parsed, lastFile);
    }

    private static SourceResult emit(List<SessionFile> parsed, Map<MessageKey, Integer> lastFile) {
        List<UsageMessage> messages = new ArrayList<>();
        long filesRead = 0;
        long unreadable = 0;
        long records = 0;
        long malformed = 0;
        long duplicates = 0;
        for (int i = 0; i < parsed.size(); i++) {
            SessionFile file = parsed.get(i);
            if (file == null) {
                unreadable++;
                continue;
            }
            filesRead++;
            records += file.recordsParsed();
            malformed += file.malformed();
            duplicates += file.duplicates();
            for (SessionFile.Kept kept : file.kept()) {
                if (file.sessionId() != null && kept.messageId() != null
                        && lastFile.get(new MessageKey(file.sessionId(), kept.messageId())) != i) {
                    duplicates++;
                    continue;
                }
                if (kept.clamped()) {
                    malformed++;
                }
                messages.add(kept.message());
            }
        }
        SourceStats stats = new SourceStats(Source.GEMINI, filesRead, unreadable, records, malformed,
                duplicates, messages.size());
        return new SourceResult(messages, stats);
    }
}
