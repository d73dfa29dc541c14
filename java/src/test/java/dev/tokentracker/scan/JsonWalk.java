package dev.tokentracker.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads whole records the two ways a parser can: skipping the value ({@link #skip}) or pulling
 * every part of it ({@link #pull}, which rebuilds a Jackson tree so that the result can be
 * compared with Jackson's own reading of the same bytes).
 */
final class JsonWalk {

    static final ObjectMapper JACKSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonWalk() {
    }

    /** skipValue + endRecord over the whole record. */
    static void skip(byte[] record) {
        JsonReader reader = new JsonReader(record);
        reader.skipValue();
        reader.endRecord();
    }

    /** The value rebuilt through the pull API (every name and string decoded), then endRecord. */
    static JsonNode pull(byte[] record) {
        JsonReader reader = new JsonReader(record);
        JsonNode value = read(reader);
        reader.endRecord();
        return value;
    }

    /** True when {@link #skip} accepts the record; only a MalformedRecordException means no. */
    static boolean skipAccepts(byte[] record) {
        try {
            skip(record);
            return true;
        } catch (MalformedRecordException e) {
            return false;
        }
    }

    /** {@link #pull}, or empty when the record is malformed. */
    static Optional<JsonNode> pullIfValid(byte[] record) {
        try {
            return Optional.of(pull(record));
        } catch (MalformedRecordException e) {
            return Optional.empty();
        }
    }

    /** Jackson's reading of the record. */
    static JsonNode jackson(byte[] record) {
        try {
            return JACKSON.readTree(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(JsonReader reader) {
        return switch (reader.peek()) {
            case OBJECT -> readObject(reader);
            case ARRAY -> readArray(reader);
            case STRING -> JsonNodeFactory.instance.textNode(reader.readString());
            case NUMBER -> number(reader.readNumberText());
            case TRUE, FALSE -> JsonNodeFactory.instance.booleanNode(reader.readBoolean());
            case NULL -> {
                reader.readNull();
                yield JsonNodeFactory.instance.nullNode();
            }
        };
    }

    private static JsonNode readObject(JsonReader reader) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        reader.beginObject();
        while (reader.nextMember()) {
            String name = reader.name();
            object.set(name, read(reader));
        }
        return object;
    }

    private static JsonNode readArray(JsonReader reader) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        reader.beginArray();
        while (reader.nextElement()) {
            array.add(read(reader));
        }
        return array;
    }

    /** The node Jackson makes of this literal, so that trees compare equal number for number. */
    private static JsonNode number(String literal) {
        try {
            return JACKSON.readTree(literal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson rejects a number the reader accepted: " + literal, e);
        }
    }
}
