package dev.tokentracker.report;

import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
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
        Groups groups = new Groups();
        Chunked.forEach(priced.messages(), groups::add);
        List<ModelRow> rows = new ArrayList<>(groups.byKey.size());
        groups.byKey.forEach((key, sum) -> rows.add(new ModelRow(key.source(), key.provider(), key.model(), sum.usage())));
        rows.sort(ORDER);
        return new ModelReport(rows, groups.total.usage(), priced.notes());
    }

    /** The running sums: one per group, and the total. */
    private static final class Groups {
        final Map<ModelKey, UsageSum> byKey = new HashMap<>();
        final UsageSum total = new UsageSum();
        private UsageMessage previous;
        private UsageSum group;

        void add(PricedMessage p) {
            UsageMessage m = p.message();
            // Runs of messages of one model are common (and a Cursor export's rows share their
            // strings): the same three objects as the previous message mean the same group.
            if (previous == null || m.source() != previous.source() || m.providerId() != previous.providerId()
                    || m.modelId() != previous.modelId()) {
                group = byKey.computeIfAbsent(new ModelKey(m.source(), m.providerId(), m.modelId()), k -> new UsageSum());
                previous = m;
            }
            group.add(p);
            total.add(p);
        }
    }
}
