package dev.tokentracker.source.opencode;

import dev.tokentracker.model.UsageMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One message per message id (SPEC §3): newer OpenCode versions moved messages from the JSON files
 * into the SQLite store, and a data directory that went through the migration can hold both copies.
 * The store's copy wins over any JSON file; among copies of the same kind the later one in record
 * order wins. Kept messages stay at the position of the copy that was kept. A record without an
 * id is never deduplicated.
 */
final class MessageDedup {

    private MessageDedup() {
    }

    /** The kept messages, in record order; {@code candidates} are in record order. */
    static List<UsageMessage> keep(List<Candidate> candidates) {
        Map<String, Integer> winner = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (candidate.id() == null) {
                continue;
            }
            Integer current = winner.get(candidate.id());
            if (current == null || candidate.fromStore() || !candidates.get(current).fromStore()) {
                winner.put(candidate.id(), i);
            }
        }
        List<UsageMessage> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (candidate.id() == null || winner.get(candidate.id()) == i) {
                kept.add(candidate.message());
            }
        }
        return kept;
    }
}
