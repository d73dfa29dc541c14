package dev.tokentracker.scan;

/**
 * A record that is not valid strict JSON, or a usage record whose fields break the rules of
 * SPEC §2 ("What counts"). Thrown per record and caught by the source parser, which counts the
 * record as malformed and moves on; it never escapes a parse run.
 *
 * <p>No stack trace is recorded: a corrupt log can throw this thousands of times, and the
 * message alone says what was wrong.
 */
public final class MalformedRecordException extends RuntimeException {

    public MalformedRecordException(String reason) {
        super(reason, null, false, false);
    }
}
