package dev.tokentracker.report;

import dev.tokentracker.model.Money;

/** What a group of messages adds up to: tokens, message count and cost. */
public record Usage(TokenTotals tokens, long messages, Money cost) {

    public static final Usage ZERO = new Usage(TokenTotals.ZERO, 0, Money.ZERO);

    public Usage plus(Usage o) {
        return new Usage(tokens.plus(o.tokens), messages + o.messages, cost.plus(o.cost));
    }
}
