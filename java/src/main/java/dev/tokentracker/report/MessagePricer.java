package dev.tokentracker.report;

import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.pricing.CostCalculator;
import dev.tokentracker.pricing.CostMode;
import dev.tokentracker.pricing.ModelResolver;
import dev.tokentracker.pricing.Resolution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        Run run = new Run(messages.size());
        // Per message, a call to a small method: compiled early, unlike a loop body (see Chunked).
        Chunked.forEach(messages, run::add);
        return run.result();
    }

    /** One pricing pass: the priced messages so far and the models they use. */
    private final class Run {
        private final List<PricedMessage> priced;
        // Looked up per message, so a hash map (model ids are few, and most messages repeat the
        // previous one's); sorted once at the end for the notes.
        private final Map<String, ModelUse> used = new HashMap<>();
        private ModelUse last;

        Run(int capacity) {
            priced = new ArrayList<>(capacity);
        }

        void add(UsageMessage m) {
            long day = zone.epochDay(m.timestampMs());
            if (!filter.includes(day)) {
                return;
            }
            String modelId = m.modelId();
            ModelUse use = last != null && last.modelId == modelId ? last : used.get(modelId);
            if (use == null) {
                use = new ModelUse(modelId, resolver.resolve(modelId));
                used.put(modelId, use);
            }
            last = use;
            CostCalculator.Outcome outcome = CostCalculator.cost(m, use.resolution.rates(), mode);
            use.missingPrice |= outcome.missingPrice();
            priced.add(new PricedMessage(m, day, outcome.cost()));
        }

        Priced result() {
            List<ModelUse> byModel = new ArrayList<>(used.values());
            byModel.sort(Comparator.comparing(use -> use.modelId));
            List<ModelPricing> models = new ArrayList<>(byModel.size());
            List<String> unpriced = new ArrayList<>();
            for (ModelUse use : byModel) {
                Resolution r = use.resolution;
                models.add(new ModelPricing(r.modelId(), r.matchedKey(), r.match().id()));
                if (use.missingPrice) {
                    unpriced.add(use.modelId);
                }
            }
            return new Priced(priced, new PricingNotes(models, unpriced));
        }
    }

    /** A model the messages use: how it resolved, and whether a message needed a price it lacks. */
    private static final class ModelUse {
        final String modelId;
        final Resolution resolution;
        boolean missingPrice;

        ModelUse(String modelId, Resolution resolution) {
            this.modelId = modelId;
            this.resolution = resolution;
        }
    }
}
