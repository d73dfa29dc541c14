package dev.tokentracker.report;

import dev.tokentracker.model.Money;
import dev.tokentracker.model.UsageMessage;

/** A message inside the report's date range, with its local day and its cost. */
public record PricedMessage(UsageMessage message, long epochDay, Money cost) {

    public Usage usage() {
        return new Usage(TokenTotals.of(message), 1, cost);
    }
}
