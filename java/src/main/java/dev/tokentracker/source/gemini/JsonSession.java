package dev.tokentracker.source.gemini;

import dev.tokentracker.scan.JsonReader;
import dev.tokentracker.scan.MalformedRecordException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code session-*.json} file: one JSON document, {@code {"sessionId", "projectHash",
 * "startTime", "lastUpdated", "messages": […]}}. The whole file is one record: if it is not a
 * valid JSON object, the file is one malformed record and yields nothing. Within a valid file the
 * usage rules apply per message, so one bad message does not cost the others.
 */
final class JsonSession {

    private static final byte[] SESSION_ID = "sessionId".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MESSAGES = "messages".getBytes(StandardCharsets.US_ASCII);

    private JsonSession() {
    }

    static SessionFile read(Path file, String fallbackSessionId) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        SessionCollector collector = new SessionCollector();
        // An empty file is still a record (a whole JSON file is one), and not JSON: malformed.
        // It is most likely a session cut off while being written, which the user should hear of.
        collector.recordParsed();
        Document document;
        try {
            document = readDocument(bytes);
        } catch (MalformedRecordException notJson) {
            collector.malformedRecord();
            return collector.finish(null, fallbackSessionId);
        }
        for (MessageFields message : document.messages()) {
            collector.message(message);
        }
        return collector.finish(document.sessionId(), fallbackSessionId);
    }

    /** The members of the document that matter; messages are collected before any is used. */
    private record Document(String sessionId, List<MessageFields> messages) {
    }

    private static Document readDocument(byte[] bytes) {
        JsonReader reader = new JsonReader(bytes);
        if (reader.peek() != JsonReader.Kind.OBJECT) {
            throw new MalformedRecordException("session file is not an object");
        }
        String sessionId = null;
        List<MessageFields> messages = List.of();
        reader.beginObject();
        while (reader.nextMember()) {
            if (reader.nameIs(SESSION_ID)) {
                sessionId = MessageFields.optionalString(reader);
            } else if (reader.nameIs(MESSAGES)) {
                messages = readMessages(reader);
            } else {
                reader.skipValue();
            }
        }
        reader.endRecord();
        return new Document(sessionId, messages);
    }

    /** The message objects of a {@code messages} array; not an array = no messages. */
    private static List<MessageFields> readMessages(JsonReader reader) {
        if (reader.peek() != JsonReader.Kind.ARRAY) {
            reader.skipValue();
            return List.of();
        }
        List<MessageFields> messages = new ArrayList<>();
        reader.beginArray();
        while (reader.nextElement()) {
            if (reader.peek() == JsonReader.Kind.OBJECT) {
                messages.add(MessageFields.read(reader));
            } else {
                reader.skipValue();
            }
        }
        return messages;
    }

    /** Only JSON whitespace (space, tab, CR, LF), or nothing. */
}
