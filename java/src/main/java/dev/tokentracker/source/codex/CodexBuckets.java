package dev.tokentracker.source.codex;

/**
 * One event's usage in the five disjoint buckets of SPEC §3. Codex's {@code input_tokens}
 * includes {@code cached_input_tokens} and {@code output_tokens} includes
 * {@code reasoning_output_tokens}, so both are subtracted out; Codex has no cache writes.
 *
 * @param clamped true when a subtraction went below zero and was clamped to 0 (the record is
 *                then counted as malformed once, and its message still produced)
 */
record CodexBuckets(long input, long output, long cacheRead, long reasoning, boolean clamped) {

    static CodexBuckets of(TokenUsage usage) {
        long input = usage.input() - usage.cached();
        long output = usage.output() - usage.reasoning();
        return new CodexBuckets(Math.max(0, input), Math.max(0, output),
                usage.cached(), usage.reasoning(), input < 0 || output < 0);
    }
}
