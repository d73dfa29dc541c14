package dev.tokentracker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The boundary's JSON trees are read, and written to bytes, exactly as Jackson's ObjectMapper does. */
class JsonTreesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "[]",
        "{\"rows\":[{\"source\":\"claude\",\"usage\":{\"input\":12,\"costMicros\":-3}}],\"cursor\":null}",
        "{\"big\":123456789012345678901234567890,\"long\":9007199254740993,\"int\":-7,\"float\":1.5e-3}",
        "{\"text\":\"caf\\u00e9 \\\"quoted\\\" \\\\ \\n tab\\t \\ud83d\\ude00\",\"flags\":[true,false,null]}",
        "  [1, [2, [3, {\"a\": [ ]}]]]  ",
        "\"just a string\"",
        "42"
    })
    void readsTheTreeObjectMapperReadsAndWritesItsBytes(String json) throws IOException {
        JsonNode expected = MAPPER.readTree(json);

        JsonNode tree = JsonTrees.read(json);

        assertThat(tree).isEqualTo(expected);
        assertThat(JsonTrees.write(tree)).isEqualTo(MAPPER.writeValueAsBytes(expected));
    }

    @Test
    void keepsMemberOrder() throws IOException {
        JsonNode tree = JsonTrees.read("{\"z\":1,\"a\":2,\"m\":3}");

        assertThat(tree.fieldNames()).toIterable().containsExactly("z", "a", "m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{\"a\":1} {}", "[1,2", "{\"a\":}", "nope"})
    void refusesWhatIsNotExactlyOneJsonValue(String json) {
        assertThatThrownBy(() -> JsonTrees.read(json)).isInstanceOf(IOException.class);
    }
}
