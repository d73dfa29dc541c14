package dev.tokentracker.source.gemini;

import dev.tokentracker.scan.MalformedRecordException;
import dev.tokentracker.source.JsonlFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A {@code session-*.jsonl} file: a header line {@code {"sessionId", "projectHash", "startTime",
 * "lastUpdated", "kind"}}, then one message per line and {@code {"$set": …}} metadata patches.
 *
 * <p>Only the first non-blank line (the header) and lines containing {@code "tokens"} are parsed;
 * every usage message has that member name, so no usage is lost, and the user turns, tool results
 * and patches that make up most of a file are never parsed. The marker is part of the contract
 * with the native engine. Patches and the header have no {@code type}, so they are never usage.
 */
final class JsonlSession implements JsonlFile.LineHandler {

    private static final JsonlFile LINES =
            new JsonlFile(new byte[][] {"\"tokens\"".getBytes(StandardCharsets.US_ASCII)}, true);

    private final SessionCollector collector = new SessionCollector();
    private boolean firstLine = true;
    private String sessionId;

    private JsonlSession() {
    }

    static SessionFile read(Path file, String fallbackSessionId) throws IOException {
        JsonlSession session = new JsonlSession();
        LINES.scan(file, session);
        return session.collector.finish(session.sessionId, fallbackSessionId);
    }

    @Override
    public void line(byte[] buf, int start, int end, long offset) {
        boolean first = firstLine;
        firstLine = false;
        collector.recordParsed();
        MessageFields fields;
        try {
            fields = MessageFields.readRecord(buf, start, end);
        } catch (MalformedRecordException notJson) {
            collector.malformedRecord();
            return;
        }
        if (first && fields.isHeader()) {
            sessionId = fields.sessionId();
            return;
        }
        collector.message(fields);
    }
}
