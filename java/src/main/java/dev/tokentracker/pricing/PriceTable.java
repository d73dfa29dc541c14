package dev.tokentracker.pricing;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A price table: LiteLLM model keys (chat models only) to their rates, plus where the table came
 * from. Keys iterate in sorted order, so anything derived from the table is deterministic.
 */
public final class PriceTable {

    private final NavigableMap<String, ModelRates> rates;
    private final PriceOrigin origin;

    public PriceTable(Map<String, ModelRates> rates, PriceOrigin origin) {
        this.rates = Collections.unmodifiableNavigableMap(new TreeMap<>(rates));
        this.origin = origin;
    }

    /** No prices at all (every model unpriced). */
    public static PriceTable empty(PriceOrigin origin) {
        return new PriceTable(Map.of(), origin);
    }

    public ModelRates get(String key) {
        return rates.get(key);
    }

    public boolean contains(String key) {
        return rates.containsKey(key);
    }

    public NavigableMap<String, ModelRates> entries() {
        return rates;
    }

    public int size() {
        return rates.size();
    }

    public PriceOrigin origin() {
        return origin;
    }
}
