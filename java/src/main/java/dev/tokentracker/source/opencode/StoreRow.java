package dev.tokentracker.source.opencode;

/**
 * One row of the store's {@code message} table, with each column kept only when it holds the
 * type OpenCode writes. The native engine gets these rows from Java (it has no SQLite) and reads
 * them with the same rules (docs/abi.md, "Store rows").
 *
 * @param id            the {@code id} column when it is text, else null
 * @param sessionId     the {@code session_id} column when it is text, else null
 * @param timeCreatedMs the {@code time_created} column when it is a non-negative integer, else
 *                      {@link MessageFields#ABSENT}
 * @param data          the {@code data} column's raw bytes when it is text or a blob, else null
 *                      (the row is then malformed)
 */
public record StoreRow(String id, String sessionId, long timeCreatedMs, byte[] data) {

    public boolean hasTimeCreated() {
        return timeCreatedMs != MessageFields.ABSENT;
    }
}
