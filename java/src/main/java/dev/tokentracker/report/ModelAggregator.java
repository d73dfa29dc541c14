package dev.tokentracker.report;

import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        groups.byKey.forEach((key, sum) -> rows.add(new ModelRow(key.source, key.provider, key.model, sum.usage())));
        rows.sort(ORDER);
        return new ModelReport(rows, groups.total.usage(), priced.notes());
    }

    /** The running sums: one per group, and the total. */
    private static final class Groups {
        final Map<Key, UsageSum> byKey = new HashMap<>();
        final UsageSum total = new UsageSum();
        private UsageMessage previous;
        private UsageSum group;

        void add(PricedMessage p) {
            UsageMessage m = p.message();
            // Runs of messages of one model are common (and a Cursor export's rows share their
            // strings): the same three objects as the previous message mean the same group.
            if (previous == null || m.source() != previous.source() || m.providerId() != previous.providerId()
                    || m.modelId() != previous.modelId()) {
                group = byKey.computeIfAbsent(new Key(m.source(), m.providerId(), m.modelId()), k -> new UsageSum());
                previous = m;
            }
            group.add(p);
            total.add(p);
        }
    }

    /**
     * A group's identity. {@code equals} and {@code hashCode} are written out: a record's
     * generated ones go through method handles, which cost a lot per call in a short run.
     */
    private record Key(Source source, String provider, String model) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && source == other.source && Objects.equals(provider, other.provider)
                    && Objects.equals(model, other.model);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(source) * 31 + Objects.hashCode(provider)) * 31 + Objects.hashCode(model);
        }
    }
}
