package dev.tokentracker.report;

import dev.tokentracker.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the model report: one row per (source, provider, model), in the report's total order. */
public final class ModelAggregator {

    /** Cost descending, total tokens descending, then source id, model id, provider. */
    public static final Comparator<ModelRow> ORDER = Comparator
            .comparing((ModelRow r) -> r.usage().cost(), Comparator.reverseOrder())
            .thenComparing(r -> r.usage().tokens().total(), Comparator.reverseOrder())
            .thenComparing(r -> r.source().id())
            .thenComparing(ModelRow::model)
            .thenComparing(ModelRow::provider);

    private ModelAggregator() {
    }

    public static ModelReport build(MessagePricer.Priced priced) {
        Map<Key, UsageSum> groups = new HashMap<>();
        UsageSum total = new UsageSum();
        for (PricedMessage p : priced.messages()) {
            Key key = new Key(p.message().source(), p.message().providerId(), p.message().modelId());
            groups.computeIfAbsent(key, k -> new UsageSum()).add(p);
            total.add(p);
        }
        List<ModelRow> rows = new ArrayList<>(groups.size());
        groups.forEach((key, sum) -> rows.add(new ModelRow(key.source, key.provider, key.model, sum.usage())));
        rows.sort(ORDER);
        return new ModelReport(rows, total.usage(), priced.notes());
    }

    private record Key(Source source, String provider, String model) {
    }
}
