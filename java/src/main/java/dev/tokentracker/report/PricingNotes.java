package dev.tokentracker.report;

import java.util.List;

/**
 * The pricing side of a report: how each model in it resolved (sorted by model id), and the
 * models whose cost is 0 only because they have no price (they needed one and found none).
 */
public record PricingNotes(List<ModelPricing> models, List<String> unpricedModels) {

    public static final PricingNotes NONE = new PricingNotes(List.of(), List.of());

    public PricingNotes {
        models = List.copyOf(models);
        unpricedModels = List.copyOf(unpricedModels);
    }
}
