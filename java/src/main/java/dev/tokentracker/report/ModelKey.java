package dev.tokentracker.report;

import dev.tokentracker.model.Source;
import java.util.Objects;

/**
 * A report group's identity: (source, provider, model). {@code equals} and {@code hashCode} are
 * written out: a record's generated ones go through method handles, which cost a lot per call in
 * a short run, and the aggregators look a key up for every run of messages.
 */
record ModelKey(Source source, String provider, String model) {

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelKey other && source == other.source && Objects.equals(provider, other.provider)
                && Objects.equals(model, other.model);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(source) * 31 + Objects.hashCode(provider)) * 31 + Objects.hashCode(model);
    }
}
