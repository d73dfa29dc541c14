package dev.tokentracker.source.opencode;

import dev.tokentracker.scan.MalformedRecordException;

/**
 * The rules for one record, the same for a JSON message file and a store row: read it, decide
 * whether it is usage, check it, map it, and count what happened (SPEC §2, "What counts").
 */
final class MessageRecord {

    private MessageRecord() {
    }

    /**
     * @param record  the message JSON (a whole file, or a row's {@code data})
     * @param columns the row's columns; {@link RowColumns#NONE} for a JSON file
     */
    static void read(byte[] record, RowColumns columns, ParsedFile into) {
        into.countRecord();
        MessageFields fields;
        try {
            fields = MessageJson.read(record);
        } catch (MalformedRecordException notJson) {
            into.countMalformed();
            return;
        }
        if (!fields.isUsage()) {
            return;
        }
        long timestampMs = fields.createdMs != MessageFields.ABSENT ? fields.createdMs : columns.timeCreatedMs();
        if (fields.tokens.hasInvalid() || timestampMs == MessageFields.ABSENT) {
            into.countMalformed();
            return;
        }
        // The store keeps id and session id in columns; its JSON normally has neither.
        String id = columns.id() != null ? columns.id() : fields.id;
        String sessionId = columns.sessionId() != null ? columns.sessionId() : fields.sessionId;
        UsageMapping.Mapped mapped = UsageMapping.map(fields, sessionId, timestampMs);
        if (mapped.clamped()) {
            into.countMalformed();
        }
        into.add(new Candidate(id, into.isStore(), mapped.message()));
    }

    /** A record that is not JSON text at all (a store row whose {@code data} is not text). */
    static void notJson(ParsedFile into) {
        into.countRecord();
        into.countMalformed();
    }
}
