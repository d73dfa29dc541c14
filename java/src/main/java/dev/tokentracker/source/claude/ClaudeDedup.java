package dev.tokentracker.source.claude;

import dev.tokentracker.model.UsageMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cross-file rules of SPEC §3, applied to every usage record of every file in record order:
 * <ol>
 *   <li>a record without {@code message.id} is always kept;
 *   <li>sidechain replays: when any copy of a {@code message.id} is a main-chain record, every
 *       sidechain copy of that id is dropped, whatever its {@code requestId} and total;
 *   <li>copies with the same key ({@code message.id}, {@code requestId} or none) are one API
 *       response written several times (streamed lines, resumed sessions, sub-agent files and
 *       progress records): the copy with the largest total is kept, the later one on a tie.
 * </ol>
 * Kept records stay at their own position in record order. The maps are only looked up, never
 * iterated, so hash order cannot reach the output.
 */
final class ClaudeDedup {

    /** The kept messages in record order, and how many records were dropped. */
    record Result(List<UsageMessage> messages, long duplicates) {
    }

    private record Key(String messageId, String requestId) {
    }

    private ClaudeDedup() {
    }

    static Result apply(List<ClaudeUsage> records) {
        Set<String> mainChainIds = mainChainIds(records);
        boolean[] kept = new boolean[records.size()];
        Map<Key, Integer> bestByKey = new HashMap<>();
        long duplicates = 0;
        for (int i = 0; i < records.size(); i++) {
            ClaudeUsage record = records.get(i);
            if (record.messageId() == null) {
                kept[i] = true;
                continue;
            }
            if (record.sidechain() && mainChainIds.contains(record.messageId())) {
                duplicates++;
                continue;
            }
            Key key = new Key(record.messageId(), record.requestId());
            Integer best = bestByKey.get(key);
            if (best == null) {
                bestByKey.put(key, i);
                kept[i] = true;
                continue;
            }
            duplicates++;
            // ">=": on equal totals the later copy wins (streamed lines end with the final one).
            if (record.totalTokens() >= records.get(best).totalTokens()) {
                kept[best] = false;
                kept[i] = true;
                bestByKey.put(key, i);
            }
        }
        return new Result(keptInOrder(records, kept), duplicates);
    }

    private static Set<String> mainChainIds(List<ClaudeUsage> records) {
        Set<String> ids = new HashSet<>();
        for (ClaudeUsage record : records) {
            if (record.messageId() != null && !record.sidechain()) {
                ids.add(record.messageId());
            }
        }
        return ids;
    }

    private static List<UsageMessage> keptInOrder(List<ClaudeUsage> records, boolean[] kept) {
        List<UsageMessage> messages = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (kept[i]) {
                messages.add(records.get(i).message());
            }
        }
        return messages;
    }
}
