package dev.tokentracker.pricing;

/**
 * How one model id found its price: the price-table key it matched and by which rule, or
 * unpriced. Shown by {@code token-tracker pricing MODEL} and carried in {@code --json} output.
 *
 * @param modelId    the model id as the logs name it
 * @param matchedKey the price-table key, or null when unpriced
 * @param match      the rule that matched
 * @param rates      the rates of {@code matchedKey}, or null when unpriced
 */
public record Resolution(String modelId, String matchedKey, Match match, ModelRates rates) {

    /** The resolution rules of SPEC §5, in the order they are tried. */
    public enum Match {
        EXACT("exact"),
        PROVIDER_PREFIX("provider-prefix"),
        NORMALIZED("normalized"),
        BOUNDARY("boundary"),
        UNPRICED("unpriced");

        private final String id;

        Match(String id) {
            this.id = id;
        }

        /** The name used in JSON output and in the {@code pricing} command. */
        public String id() {
            return id;
        }
    }

    public static Resolution unpriced(String modelId) {
        return new Resolution(modelId, null, Match.UNPRICED, null);
    }

    public boolean isPriced() {
        return rates != null;
    }
}
