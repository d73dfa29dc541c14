package dev.tokentracker.source.codex;

import dev.tokentracker.model.UsageMessage;
import java.util.List;

/** What one rollout file yielded: its messages in file order and its record counts. */
record CodexFileResult(List<UsageMessage> messages, long recordsParsed, long malformed, long duplicates) {

    CodexFileResult {
        messages = List.copyOf(messages);
    }
}
