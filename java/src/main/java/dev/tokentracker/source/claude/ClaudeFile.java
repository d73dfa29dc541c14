package dev.tokentracker.source.claude;

import java.util.List;

/**
 * What one transcript file yields before the merge.
 *
 * @param usages        its usage records, in line order
 * @param recordsParsed lines that passed the {@code "usage"} pre-filter and were parsed
 * @param malformed     lines that were not valid JSON objects, usage records that broke a rule,
 *                      and usage records whose 1-hour cache writes were clamped
 */
record ClaudeFile(List<ClaudeUsage> usages, long recordsParsed, long malformed) {

    ClaudeFile {
        usages = List.copyOf(usages);
    }
}
