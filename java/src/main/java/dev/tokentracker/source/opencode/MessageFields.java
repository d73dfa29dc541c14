package dev.tokentracker.source.opencode;

/**
 * The members of one OpenCode message that the parser reads, as found in the JSON. A string
 * member whose JSON type is not a string is absent (null); token counts and times use the
 * sentinels below, because the rules for them differ (SPEC §2).
 */
final class MessageFields {

    /** A time or {@code tokens.total} that is missing (or not usable). */
    static final long ABSENT = -2;
    /** A token count that is not an integer from 0 to 2^63-1 nor null: a usage record with one is malformed. */
    static final long INVALID = -1;

    String id;
    String sessionId;
    String role;
    String modelId;
    String providerId;
    /** The literal text of {@code cost} when it is a JSON number. */
    String costText;
    /** {@code tokens} when it is an object, else null. */
    TokenCounts tokens;
    /** {@code time.created} in Unix ms, or {@link #ABSENT}. */
    long createdMs = ABSENT;

    /** {@code role == "assistant"}, {@code tokens} an object and {@code modelID} a string (SPEC §3). */
    boolean isUsage() {
        return "assistant".equals(role) && tokens != null && modelId != null;
    }

    /** The members of {@code tokens}. A repeated {@code tokens} member gets a fresh instance. */
    static final class TokenCounts {
        long input;
        long output;
        long reasoning;
        long cacheRead;
        long cacheWrite;
        /** {@code tokens.total}, or {@link #ABSENT} when missing or null. */
        long total = ABSENT;

        boolean hasInvalid() {
            return input == INVALID || output == INVALID || reasoning == INVALID
                    || cacheRead == INVALID || cacheWrite == INVALID || total == INVALID;
        }
    }
}
