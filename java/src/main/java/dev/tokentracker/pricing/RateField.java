package dev.tokentracker.pricing;

/**
 * The LiteLLM fields the tool reads, and their short names in the bundled snapshot. The order is
 * the order of {@link ModelRates}'s components.
 */
enum RateField {
    INPUT("input_cost_per_token", "input"),
    OUTPUT("output_cost_per_token", "output"),
    CACHE_READ("cache_read_input_token_cost", "cacheRead"),
    CACHE_WRITE("cache_creation_input_token_cost", "cacheWrite"),
    CACHE_WRITE_1H("cache_creation_input_token_cost_above_1hr", "cacheWrite1h"),
    INPUT_ABOVE_200K("input_cost_per_token_above_200k_tokens", "inputAbove200k"),
    OUTPUT_ABOVE_200K("output_cost_per_token_above_200k_tokens", "outputAbove200k"),
    CACHE_READ_ABOVE_200K("cache_read_input_token_cost_above_200k_tokens", "cacheReadAbove200k"),
    CACHE_WRITE_ABOVE_200K("cache_creation_input_token_cost_above_200k_tokens", "cacheWriteAbove200k"),
    CACHE_WRITE_1H_ABOVE_200K("cache_creation_input_token_cost_above_1hr_above_200k_tokens", "cacheWrite1hAbove200k");

    final String liteLlmName;
    final String snapshotName;

    RateField(String liteLlmName, String snapshotName) {
        this.liteLlmName = liteLlmName;
        this.snapshotName = snapshotName;
    }

    static RateField byLiteLlmName(String name) {
        for (RateField field : values()) {
            if (field.liteLlmName.equals(name)) {
                return field;
            }
        }
        return null;
    }

    static RateField bySnapshotName(String name) {
        for (RateField field : values()) {
            if (field.snapshotName.equals(name)) {
                return field;
            }
        }
        return null;
    }
}
