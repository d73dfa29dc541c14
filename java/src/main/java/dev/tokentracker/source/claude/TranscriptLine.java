package dev.tokentracker.source.claude;

/**
 * The members of one transcript line that the Claude mapping looks at, as read, before any rule
 * is applied. A member whose JSON type is not the expected one is left absent ({@code null});
 * token fields keep {@link Usage#INVALID} instead, because for them a wrong type makes the
 * record malformed rather than absent. When a member occurs twice, the reader replaces whatever
 * the earlier occurrence set, nested fields included.
 */
final class TranscriptLine {

    String type;
    String sessionId;
    boolean sidechain;
    String timestamp;
    /** {@code costUSD} as its number literal, or null when absent or not a number. */
    String costText;
    String requestId;
    Message message;
    /** {@code data.type}; top-level lines only. */
    String dataType;
    /** {@code data.message}: the sub-agent line embedded in an {@code agent_progress} record. */
    TranscriptLine dataMessage;

    /** {@code message}: the API response. */
    static final class Message {
        String id;
        String model;
        /** {@code message.usage}, or null when absent or not an object. */
        Usage usage;
    }

    /** {@code message.usage}: token counts, 0 when missing or null. */
    static final class Usage {
        /** A token field that is present but not an integer 0..2^63-1. */
        static final long INVALID = -1;

        long input;
        long output;
        long cacheRead;
        long cacheWrite;
        /** {@code cache_creation.ephemeral_1h_input_tokens}. */
        long cacheWrite1h;

        boolean anyInvalid() {
            return input == INVALID || output == INVALID || cacheRead == INVALID
                    || cacheWrite == INVALID || cacheWrite1h == INVALID;
        }
    }
}
