package dev.tokentracker.source.claude;

import dev.tokentracker.model.UsageMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
 *
 * <p>Every rule compares only records with one {@code message.id}, so the records are split in
 * two shards by a bit of the id's hash and each shard is decided on its own thread (on dense
 * homes the merge is a tenth of phase 1 and ran alone after the parse pool). Each shard writes
 * only its own records' flags, so the result is the same with one thread or two.
 */
final class ClaudeDedup {

    /** The kept messages in record order, and how many records were dropped. */
    record Result(List<UsageMessage> messages, long duplicates) {
    }

    /** Below this many records a second thread costs more than it saves. */
    private static final int PARALLEL_THRESHOLD = 20_000;

    private ClaudeDedup() {
    }

    static Result apply(List<ClaudeUsage> records) {
        return apply(records, records.size() >= PARALLEL_THRESHOLD);
    }

    static Result apply(List<ClaudeUsage> records, boolean twoThreads) {
        ClaudeUsage[] all = records.toArray(new ClaudeUsage[0]);
        boolean[] kept = new boolean[all.length];
        long duplicates;
        if (twoThreads) {
            FutureTask<Long> second = new FutureTask<>(new Shard(all, kept, 1)::decide);
            Thread.ofPlatform().daemon().start(second);
            long first = new Shard(all, kept, 0).decide();
            duplicates = first + joinUninterruptibly(second);
        } else {
            duplicates = new Shard(all, kept, 0).decide() + new Shard(all, kept, 1).decide();
        }
        return new Result(keptInOrder(all, kept), duplicates);
    }

    /** The shard a record belongs to; records without an id are in shard 0 (always kept). */
    static int shardOf(ClaudeUsage record) {
        String id = record.messageId();
        return id == null ? 0 : shardOf(id);
    }

    /**
     * The top bit of a multiplicative hash of the id's hash: it depends on all of its bits (ids
     * differing in one character still spread) and not on the low bits HashMap uses for buckets.
     */
    private static int shardOf(String messageId) {
        return (messageId.hashCode() * 0x9E3779B9) >>> 31;
    }

    /** The records of one {@code message.id}: whether one is main-chain, and the best per key. */
    private static final class Group {
        boolean mainChain;
        /** Keys seen: the first inline (nearly every id has one requestId), the rest in arrays. */
        int keys;
        String firstRequestId;
        int firstBest;
        String[] moreRequestIds;
        int[] moreBest;

        /** The slot of this requestId (null is "none"), or -1. */
        int slotOf(String requestId) {
            for (int k = 0; k < keys; k++) {
                String r = k == 0 ? firstRequestId : moreRequestIds[k - 1];
                if (r == null ? requestId == null : r.equals(requestId)) {
                    return k;
                }
            }
            return -1;
        }

        int best(int slot) {
            return slot == 0 ? firstBest : moreBest[slot - 1];
        }

        void setBest(int slot, int index) {
            if (slot == 0) {
                firstBest = index;
            } else {
                moreBest[slot - 1] = index;
            }
        }

        void add(String requestId, int index) {
            if (keys == 0) {
                firstRequestId = requestId;
                firstBest = index;
            } else {
                if (moreRequestIds == null) {
                    moreRequestIds = new String[2];
                    moreBest = new int[2];
                } else if (keys - 1 == moreRequestIds.length) {
                    moreRequestIds = Arrays.copyOf(moreRequestIds, moreRequestIds.length * 2);
                    moreBest = Arrays.copyOf(moreBest, moreBest.length * 2);
                }
                moreRequestIds[keys - 1] = requestId;
                moreBest[keys - 1] = index;
            }
            keys++;
        }
    }

    /** The records of one hash shard, decided in record order. */
    private static final class Shard {
        private final ClaudeUsage[] all;
        private final boolean[] kept;
        private final int shard;
        private final Group[] groupOf;
        long duplicates;

        Shard(ClaudeUsage[] all, boolean[] kept, int shard) {
            this.all = all;
            this.kept = kept;
            this.shard = shard;
            this.groupOf = new Group[all.length];
        }

        long decide() {
            // Sized for half the records (one shard) so the map never rehashes on the way.
            Map<String, Group> groups = HashMap.newHashMap(all.length / 2 + 16);
            for (int from = 0; from < all.length; from += CHUNK) {
                group(groups, from, Math.min(all.length, from + CHUNK));
            }
            for (int from = 0; from < all.length; from += CHUNK) {
                decide(from, Math.min(all.length, from + CHUNK));
            }
            return duplicates;
        }

        /** Pass 1: each record's group, and whether the id has a main-chain copy. */
        private void group(Map<String, Group> groups, int from, int to) {
            for (int i = from; i < to; i++) {
                ClaudeUsage record = all[i];
                String id = record.messageId();
                if (id == null) {
                    if (shard == 0) {
                        kept[i] = true;
                    }
                    continue;
                }
                if (shardOf(id) != shard) {
                    continue;
                }
                Group group = groups.get(id);
                if (group == null) {
                    group = new Group();
                    groups.put(id, group);
                }
                if (!record.sidechain()) {
                    group.mainChain = true;
                }
                groupOf[i] = group;
            }
        }

        /** Pass 2: the rules, in record order, without a hash lookup. */
        private void decide(int from, int to) {
            for (int i = from; i < to; i++) {
                Group group = groupOf[i];
                if (group == null) {
                    continue;
                }
                ClaudeUsage record = all[i];
                if (record.sidechain() && group.mainChain) {
                    duplicates++;
                    continue;
                }
                int slot = group.slotOf(record.requestId());
                if (slot < 0) {
                    group.add(record.requestId(), i);
                    kept[i] = true;
                    continue;
                }
                duplicates++;
                int best = group.best(slot);
                // ">=": on equal totals the later copy wins (streamed lines end with the final one).
                if (record.totalTokens() >= all[best].totalTokens()) {
                    kept[best] = false;
                    kept[i] = true;
                    group.setBest(slot, i);
                }
            }
        }
    }

    /** Records per call of a pass: C1 compiles a method, not a long-running loop in one call. */
    private static final int CHUNK = 4096;

    private static List<UsageMessage> keptInOrder(ClaudeUsage[] all, boolean[] kept) {
        List<UsageMessage> messages = new ArrayList<>(all.length);
        for (int i = 0; i < all.length; i++) {
            if (kept[i]) {
                messages.add(all[i].message());
            }
        }
        return messages;
    }

    private static long joinUninterruptibly(FutureTask<Long> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Claude dedup shard failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
