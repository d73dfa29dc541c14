package dev.tokentracker.source;

import dev.tokentracker.model.UsageMessage;
import java.util.List;

/** One source's messages, in record order, and the counts of how they were read. */
public record SourceResult(List<UsageMessage> messages, SourceStats stats) {

    public SourceResult {
        messages = List.copyOf(messages);
    }
}
