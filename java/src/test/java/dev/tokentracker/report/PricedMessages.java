package dev.tokentracker.report;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Money;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Priced messages for aggregator tests: a day (UTC), a model, tokens and a cost in picodollars. */
final class PricedMessages {

    private PricedMessages() {
    }

    /** A message at noon UTC of {@code day}, with {@code input} tokens and {@code output} tokens. */
    static PricedMessage priced(Source source, String model, String provider, String day, long input, long output,
            long costPicos) {
        return pricedAt(source, model, provider, LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC),
                input, output, costPicos);
    }

    static PricedMessage pricedAt(Source source, String model, String provider, Instant time, long input, long output,
            long costPicos) {
        UsageMessage message = new UsageMessage(source, model, provider, "session", time.toEpochMilli(), input, output,
                0, 0, 0, 0, UsageMessage.NO_REPORTED_COST, CostRule.REPORTED_FIRST);
        long day = Math.floorDiv(time.toEpochMilli(), 86_400_000L);
        return new PricedMessage(message, day, Money.ofPicos(costPicos));
    }

    static MessagePricer.Priced all(PricedMessage... messages) {
        return new MessagePricer.Priced(List.of(messages), PricingNotes.NONE);
    }

    static MessagePricer.Priced all(List<PricedMessage> messages) {
        return new MessagePricer.Priced(messages, PricingNotes.NONE);
    }
}
