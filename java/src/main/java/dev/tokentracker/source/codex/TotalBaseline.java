package dev.tokentracker.source.codex;

import java.util.HashSet;
import java.util.Set;

/**
 * Turns one file's running totals ({@code total_token_usage}) into per-event usage (SPEC §3).
 *
 * <p>The baseline starts at zero. For each total, in file order:
 * <ol>
 *   <li>equal to the baseline in all four counters: a repeat (Codex writes the same total again
 *       around turn boundaries) — no usage;
 *   <li>equal to a total seen earlier in the file: a repeat as well (the parent's counter
 *       resuming after an inline review, or a history replay);
 *   <li>no counter below the baseline: the usage is the difference;
 *   <li>some counter below: the counter restarted (resumed or forked session), so the total says
 *       nothing about this call — use {@code last_token_usage}, else the total itself.
 * </ol>
 * Every total handed in becomes the baseline and is remembered for rule 2. Membership in a set is
 * the only use of hashing here; nothing iterates the set.
 */
final class TotalBaseline {

    private TokenUsage baseline = TokenUsage.ZERO;
    private final Set<TokenUsage> seen = new HashSet<>();

    /** The usage of an event with this total, or null when the event is a repeat. */
    TokenUsage advance(TokenUsage total, TokenUsage last) {
        TokenUsage previous = baseline;
        baseline = total;
        boolean seenEarlier = !seen.add(total);
        if (total.equals(previous) || seenEarlier) {
            return null;
        }
        if (!total.anyBelow(previous)) {
            return total.minus(previous);
        }
        return last != null ? last : total;
    }
}
