package dev.tokentracker.source.codex;

/**
 * The members of one rollout line that the Codex rules look at. Every member is null when it is
 * absent or of an unexpected JSON type (project rule: such a member is treated as absent).
 *
 * @param type      top-level {@code type}: {@code session_meta}, {@code turn_context},
 *                  {@code event_msg}, …
 * @param timestamp top-level {@code timestamp}, unparsed (only usage records require it)
 * @param payload   the {@code payload} object; {@link Payload#ABSENT} when missing
 */
record RolloutLine(String type, String timestamp, Payload payload) {

    /**
     * The payload members read, whatever the line's type: members can come in any order, so the
     * reader cannot know the type before it meets the payload.
     *
     * @param type     {@code payload.type} (the event kind of an {@code event_msg})
     * @param id       {@code payload.id} (the session id of a {@code session_meta})
     * @param subagent {@code payload.source.subagent} when it is a string ({@code review})
     * @param model    {@code payload.model} (of a {@code turn_context})
     * @param info     {@code payload.info} when it is an object (of a {@code token_count})
     */
    record Payload(String type, String id, String subagent, String model, TokenCountInfo info) {
        static final Payload ABSENT = new Payload(null, null, null, null, null);
    }
}
