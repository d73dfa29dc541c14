package dev.tokentracker.source.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokentracker.scan.MalformedRecordException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageFieldsTest {

    private static MessageFields read(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return MessageFields.readRecord(bytes, 0, bytes.length);
    }

    @Test
    void aModelTurnWithTokensAndModelIsUsage() {
        MessageFields fields = read("""
                {"id":"m1","timestamp":"2026-04-24T23:17:49.407Z","type":"gemini","content":"hi",\
                "thoughts":[{"subject":"s","timestamp":"2000-01-01T00:00:00Z"}],\
                "tokens":{"input":1},"model":"gemini-2.5-pro"}""");

        assertThat(fields.isUsage()).isTrue();
        assertThat(fields.id()).isEqualTo("m1");
        assertThat(fields.timestamp()).isEqualTo("2026-04-24T23:17:49.407Z");
        assertThat(fields.model()).isEqualTo("gemini-2.5-pro");
    }

    @Test
    void aModelOfAnotherJsonTypeIsAbsent() {
        assertThat(read("{\"type\":\"gemini\",\"tokens\":{},\"model\":7}").isUsage()).isFalse();
    }

    @Test
    void otherMessageTypesAreNotUsage() {
        assertThat(read("{\"type\":\"user\",\"tokens\":{},\"model\":\"m\"}").isUsage()).isFalse();
        assertThat(read("{\"type\":\"Gemini\",\"tokens\":{},\"model\":\"m\"}").isUsage()).isFalse();
    }

    @Test
    void aRepeatedTokensMemberReplacesTheEarlierOneEntirely() {
        MessageFields fields = read("{\"type\":\"gemini\",\"model\":\"m\",\"tokens\":{\"input\":5},\"tokens\":null}");

        assertThat(fields.tokens()).isNull();
        assertThat(fields.isUsage()).isFalse();
    }

    @Test
    void aHeaderHasASessionIdAndNoType() {
        assertThat(read("{\"sessionId\":\"s\",\"projectHash\":\"h\",\"kind\":\"main\"}").isHeader()).isTrue();
        assertThat(read("{\"sessionId\":\"s\",\"type\":\"user\"}").isHeader()).isFalse();
        assertThat(read("{\"sessionId\":null,\"kind\":\"main\"}").isHeader()).isFalse();
    }

    @Test
    void aRecordThatIsNotAnObjectIsMalformed() {
        assertThatThrownBy(() -> read("[\"tokens\"]")).isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void invalidJsonInASkippedMemberIsMalformed() {
        assertThatThrownBy(() -> read("{\"content\":\"\\ud800\",\"tokens\":{}}"))
                .isInstanceOf(MalformedRecordException.class);
    }
}
