package dev.tokentracker.source.codex;

/**
 * The four counters of a Codex usage object ({@code total_token_usage} or
 * {@code last_token_usage}) as written: {@code input} includes {@code cached}, {@code output}
 * includes {@code reasoning}. {@code total_tokens} is not read (it is input + output).
 *
 * <p>A counter that was present but not a valid token count (SPEC §2) holds {@link #INVALID}, so
 * that the reader can let a later duplicate member replace it and leave the verdict to the point
 * where the record is known to be usage.
 */
record TokenUsage(long input, long cached, long output, long reasoning) {

    /** A counter that is not an integer from 0 to 2^63-1. */
    static final long INVALID = -1;

    /** The baseline at the start of every file. */
    static final TokenUsage ZERO = new TokenUsage(0, 0, 0, 0);

    boolean isValid() {
        return input >= 0 && cached >= 0 && output >= 0 && reasoning >= 0;
    }

    /** True when at least one counter is lower than the same counter of {@code other}. */
    boolean anyBelow(TokenUsage other) {
        return input < other.input || cached < other.cached
                || output < other.output || reasoning < other.reasoning;
    }

    /** The counter-wise difference; only called when no counter is below {@code other}'s. */
    TokenUsage minus(TokenUsage other) {
        return new TokenUsage(input - other.input, cached - other.cached,
                output - other.output, reasoning - other.reasoning);
    }
}
