package dev.tokentracker.report;

import dev.tokentracker.model.Money;
import dev.tokentracker.model.TokenMath;
import dev.tokentracker.model.UsageMessage;

/**
 * A running {@link Usage} total that adds a priced message without allocating. The immutable
 * {@code Usage.plus} makes four objects per addition, and a report adds every message to its
 * group and to the total: on a real home that was a tenth of phase 2. The sums are the same ones
 * (saturating token buckets, 128-bit cost), so the result equals folding {@code Usage.plus}.
 */
final class UsageSum {

    private long input;
    private long output;
    private long cacheRead;
    private long cacheWrite;
    private long reasoning;
    private long messages;
    private long costHi;
    private long costLo;

    void add(PricedMessage priced) {
        UsageMessage m = priced.message();
        input = TokenMath.saturatingAdd(input, m.input());
        output = TokenMath.saturatingAdd(output, m.output());
        cacheRead = TokenMath.saturatingAdd(cacheRead, m.cacheRead());
        cacheWrite = TokenMath.saturatingAdd(cacheWrite, m.cacheWrite());
        reasoning = TokenMath.saturatingAdd(reasoning, m.reasoning());
        messages++;
        Money cost = priced.cost();
        long low = costLo + cost.lo();
        costHi += cost.hi() + (Long.compareUnsigned(low, costLo) < 0 ? 1 : 0);
        costLo = low;
    }

    /** Adds another running total, as if its messages had been added here one by one. */
    void add(UsageSum other) {
        input = TokenMath.saturatingAdd(input, other.input);
        output = TokenMath.saturatingAdd(output, other.output);
        cacheRead = TokenMath.saturatingAdd(cacheRead, other.cacheRead);
        cacheWrite = TokenMath.saturatingAdd(cacheWrite, other.cacheWrite);
        reasoning = TokenMath.saturatingAdd(reasoning, other.reasoning);
        messages += other.messages;
        long low = costLo + other.costLo;
        costHi += other.costHi + (Long.compareUnsigned(low, costLo) < 0 ? 1 : 0);
        costLo = low;
    }

    Usage usage() {
        return new Usage(new TokenTotals(input, output, cacheRead, cacheWrite, reasoning), messages,
                new Money(costHi, costLo));
    }
}
