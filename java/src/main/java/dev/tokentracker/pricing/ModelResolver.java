package dev.tokentracker.pricing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the price-table entry of a model id (SPEC §5, "Model-name resolution";
 * {@code docs/pricing.md} has the rules with examples). First hit wins:
 * <ol>
 *   <li>the exact key;
 *   <li>a provider prefix removed or added ({@link ModelNames#prefixVariants});
 *   <li>the normalised name ({@link ModelNames#normalised}: lower case, no trailing mode words
 *       or date, Anthropic's word order, version dots kept or turned into dashes), exactly, then
 *       with a provider prefix removed or added;
 *   <li>a key equal to a normalised name up to a word boundary ({@link BoundaryMatch}), also
 *       after removing provider prefixes.
 * </ol>
 * No match means unpriced: a wrong price is worse than no price. Each distinct id is resolved
 * once per resolver (one per run), so the rules run per model, not per message.
 */
public final class ModelResolver {

    private final PriceTable table;
    private final Map<String, Resolution> resolved = new HashMap<>();

    public ModelResolver(PriceTable table) {
        this.table = table;
    }

    public PriceTable table() {
        return table;
    }

    public synchronized Resolution resolve(String modelId) {
        return resolved.computeIfAbsent(modelId, this::compute);
    }

    private Resolution compute(String modelId) {
        if (table.contains(modelId)) {
            return found(modelId, modelId, Resolution.Match.EXACT);
        }
        String key = firstKey(ModelNames.prefixVariants(modelId));
        if (key != null) {
            return found(modelId, key, Resolution.Match.PROVIDER_PREFIX);
        }
        List<String> normalised = ModelNames.normalised(modelId);
        key = firstKey(normalisedCandidates(normalised));
        if (key != null) {
            return found(modelId, key, Resolution.Match.NORMALIZED);
        }
        for (String name : boundaryCandidates(normalised)) {
            key = BoundaryMatch.find(name, table.entries());
            if (key != null) {
                return found(modelId, key, Resolution.Match.BOUNDARY);
            }
        }
        return Resolution.unpriced(modelId);
    }

    /** Each normalised name, followed by its own prefix variants. */
    private static List<String> normalisedCandidates(List<String> normalised) {
        List<String> candidates = new ArrayList<>();
        for (String name : normalised) {
            candidates.add(name);
            candidates.addAll(ModelNames.prefixVariants(name));
        }
        return candidates;
    }

    /** Each normalised name, followed by its forms with provider prefixes stripped (none added). */
    private static List<String> boundaryCandidates(List<String> normalised) {
        List<String> candidates = new ArrayList<>();
        for (String name : normalised) {
            candidates.add(name);
            candidates.addAll(ModelNames.strippedForms(name));
        }
        return candidates;
    }

    private String firstKey(List<String> candidates) {
        for (String candidate : candidates) {
            if (table.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private Resolution found(String modelId, String key, Resolution.Match match) {
        return new Resolution(modelId, key, match, table.get(key));
    }
}
