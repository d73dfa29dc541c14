package dev.tokentracker.source.opencode;

/**
 * What a record's surroundings say about it: the columns of a store row, which hold the id and
 * session id that the row's JSON leaves out. A JSON message file has no surroundings
 * ({@link #NONE}).
 *
 * @param id            the {@code id} column when it is text, else null
 * @param sessionId     the {@code session_id} column when it is text, else null
 * @param timeCreatedMs the {@code time_created} column when it is a non-negative integer, else
 *                      {@link MessageFields#ABSENT}
 */
record RowColumns(String id, String sessionId, long timeCreatedMs) {

    static final RowColumns NONE = new RowColumns(null, null, MessageFields.ABSENT);
}
