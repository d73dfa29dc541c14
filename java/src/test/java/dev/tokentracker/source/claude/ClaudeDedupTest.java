package dev.tokentracker.source.claude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sharded dedup against the rules of SPEC §3 as written, on random records. */
class ClaudeDedupTest {

    @Test
    void shardedDedupEqualsThePlainRulesOnOneThreadAndOnTwo() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<ClaudeUsage> records = randomRecords(random, 1 + random.nextInt(400), 1 + random.nextInt(60));
            ClaudeDedup.Result expected = plainRules(records);
            for (boolean twoThreads : new boolean[] {false, true}) {
                ClaudeDedup.Result actual = ClaudeDedup.apply(records, twoThreads);
                assertThat(actual.duplicates()).isEqualTo(expected.duplicates());
                // Same message objects in the same order: the positions of the kept records.
                assertThat(actual.messages()).containsExactlyElementsOf(expected.messages());
            }
        }
    }

    @Test
    void bothShardsAreUsedByTheRandomIds() {
        Set<Integer> shards = new HashSet<>();
        for (ClaudeUsage record : randomRecords(new Random(7), 200, 40)) {
            if (record.messageId() != null) {
                shards.add(ClaudeDedup.shardOf(record));
            }
        }
        assertThat(shards).containsExactlyInAnyOrder(0, 1);
    }

    private static List<ClaudeUsage> randomRecords(Random random, int count, int ids) {
        List<ClaudeUsage> records = new ArrayList<>(count);
        String[] requestIds = {null, "req_a", "req_b", "req_c"};
        for (int i = 0; i < count; i++) {
            String id = random.nextInt(10) == 0 ? null : "msg_01" + Integer.toString(random.nextInt(ids) * 7919, 36);
            String requestId = requestIds[random.nextInt(requestIds.length)];
            // Few distinct totals, so ties (the later copy wins) are frequent.
            long output = random.nextInt(4);
            UsageMessage message = new UsageMessage(Source.CLAUDE, "m", "anthropic", "s", i,
                    0, output, 0, 0, 0, 0, UsageMessage.NO_REPORTED_COST, CostRule.REPORTED_FIRST);
            records.add(new ClaudeUsage(message, id, requestId, random.nextInt(3) == 0, false));
        }
        return records;
    }

    private record Key(String messageId, String requestId) {
    }

    /** SPEC §3 as written: one pass for the main-chain ids, one pass in record order. */
    private static ClaudeDedup.Result plainRules(List<ClaudeUsage> records) {
        Set<String> mainChainIds = new HashSet<>();
        for (ClaudeUsage record : records) {
            if (record.messageId() != null && !record.sidechain()) {
                mainChainIds.add(record.messageId());
            }
        }
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
            if (record.totalTokens() >= records.get(best).totalTokens()) {
                kept[best] = false;
                kept[i] = true;
                bestByKey.put(key, i);
            }
        }
        List<UsageMessage> messages = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (kept[i]) {
                messages.add(records.get(i).message());
            }
        }
        return new ClaudeDedup.Result(messages, duplicates);
    }
}
