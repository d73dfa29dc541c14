package dev.tokentracker.pricing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the price-table entry of a model id (SPEC §5, "Model-name resolution"); first hit wins:
 * <ol>
 *   <li>the exact key;
 *   <li>the key with a known provider prefix removed ({@code openrouter/anthropic/claude-x} →
 *       {@code anthropic/claude-x} → {@code claude-x}) or added ({@code claude-x} →
 *       {@code anthropic/claude-x}, …, in {@link #PROVIDERS} order).
 * </ol>
 * No match means unpriced: a wrong price is worse than no price. Each distinct id is resolved
 * once per run (memoised), so the rules run per model, not per message.
 */
public final class ModelResolver {

    /** Provider prefixes LiteLLM uses, in the order they are tried when adding one. */
    static final List<String> PROVIDERS = List.of(
            "anthropic", "openai", "gemini", "vertex_ai", "xai", "deepseek", "mistral", "groq",
            "openrouter", "bedrock", "azure");

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
        for (String candidate : prefixVariants(modelId)) {
            if (table.contains(candidate)) {
                return found(modelId, candidate, Resolution.Match.PROVIDER_PREFIX);
            }
        }
        return Resolution.unpriced(modelId);
    }

    private Resolution found(String modelId, String key, Resolution.Match match) {
        return new Resolution(modelId, key, match, table.get(key));
    }

    /** The id with known provider prefixes stripped one by one, then with each prefix added. */
    static List<String> prefixVariants(String modelId) {
        List<String> variants = new ArrayList<>();
        String rest = modelId;
        while (true) {
            int slash = rest.indexOf('/');
            if (slash <= 0 || !PROVIDERS.contains(rest.substring(0, slash))) {
                break;
            }
            rest = rest.substring(slash + 1);
            variants.add(rest);
        }
        for (String provider : PROVIDERS) {
            variants.add(provider + "/" + rest);
        }
        return variants;
    }
}
