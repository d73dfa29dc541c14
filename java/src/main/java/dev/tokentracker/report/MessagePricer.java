package dev.tokentracker.report;

import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.pricing.CostCalculator;
import dev.tokentracker.pricing.CostMode;
import dev.tokentracker.pricing.ModelResolver;
import dev.tokentracker.pricing.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Phase 2's first half in the Java engine: dates each message in the report zone, drops those
 * outside the date filter, prices the rest, and notes how each model was priced.
 */
public final class MessagePricer {

    private final ModelResolver resolver;
    private final CostMode mode;
    private final ZoneTable zone;
    private final DateFilter filter;

    public MessagePricer(ModelResolver resolver, CostMode mode, ZoneTable zone, DateFilter filter) {
        this.resolver = resolver;
        this.mode = mode;
        this.zone = zone;
        this.filter = filter;
    }

    /** The priced messages in input order, and the pricing notes of the models they use. */
    public record Priced(List<PricedMessage> messages, PricingNotes notes) {
    }

    /**
     * {@code first} then {@code second}, as if their messages had been priced in one list: the
     * notes are sorted sets of models, so their union is what one list gives.
     */
    public static Priced concat(Priced first, Priced second) {
        List<PricedMessage> messages = new ArrayList<>(first.messages().size() + second.messages().size());
        messages.addAll(first.messages());
        messages.addAll(second.messages());
        Map<String, ModelPricing> models = new TreeMap<>();
        TreeSet<String> unpriced = new TreeSet<>();
        for (Priced part : List.of(first, second)) {
            for (ModelPricing model : part.notes().models()) {
                models.put(model.model(), model);
            }
            unpriced.addAll(part.notes().unpricedModels());
        }
        return new Priced(messages, new PricingNotes(new ArrayList<>(models.values()), new ArrayList<>(unpriced)));
    }

    public Priced price(List<UsageMessage> messages) {
        List<PricedMessage> priced = new ArrayList<>(messages.size());
        Map<String, Resolution> used = new TreeMap<>();
        TreeSet<String> unpriced = new TreeSet<>();
        for (UsageMessage m : messages) {
            long day = zone.epochDay(m.timestampMs());
            if (!filter.includes(day)) {
                continue;
            }
            Resolution resolution = used.computeIfAbsent(m.modelId(), resolver::resolve);
            CostCalculator.Outcome outcome = CostCalculator.cost(m, resolution.rates(), mode);
            if (outcome.missingPrice()) {
                unpriced.add(m.modelId());
            }
            priced.add(new PricedMessage(m, day, outcome.cost()));
        }
        List<ModelPricing> models = new ArrayList<>(used.size());
        for (Resolution r : used.values()) {
            models.add(new ModelPricing(r.modelId(), r.matchedKey(), r.match().id()));
        }
        return new Priced(priced, new PricingNotes(models, new ArrayList<>(unpriced)));
    }
}
