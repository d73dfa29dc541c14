package dev.tokentracker.source.codex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokentracker.scan.MalformedRecordException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RolloutLineReaderTest {

    @Test
    void readsTheMembersTheRulesUse() {
        RolloutLine line = read("""
                {"timestamp":"2025-11-05T09:12:08.420Z","type":"event_msg","payload":{"type":"token_count",\
                "info":{"model":"gpt-5.1-codex","total_token_usage":{"input_tokens":10,"cached_input_tokens":4,\
                "output_tokens":3,"reasoning_output_tokens":1,"total_tokens":13},"last_token_usage":null}}}""");

        assertThat(line.type()).isEqualTo("event_msg");
        assertThat(line.timestamp()).isEqualTo("2025-11-05T09:12:08.420Z");
        assertThat(line.payload().type()).isEqualTo("token_count");
        assertThat(line.payload().info()).isEqualTo(
                new TokenCountInfo("gpt-5.1-codex", new TokenUsage(10, 4, 3, 1), null));
    }

    @Test
    void readsSessionIdAndReviewSubagent() {
        RolloutLine line = read("""
                {"type":"session_meta","payload":{"id":"s-1","source":{"subagent":"review"}}}""");

        assertThat(line.payload().id()).isEqualTo("s-1");
        assertThat(line.payload().subagent()).isEqualTo("review");
    }

    @Test
    void sourceThatIsAStringHasNoSubagent() {
        RolloutLine line = read("{\"type\":\"session_meta\",\"payload\":{\"source\":\"cli\"}}");

        assertThat(line.payload().subagent()).isNull();
    }

    @Test
    void membersOfAnUnexpectedTypeAreAbsent() {
        RolloutLine line = read("""
                {"timestamp":17,"type":["event_msg"],"payload":{"type":"token_count","id":5,"model":false,\
                "info":"none"}}""");

        assertThat(line.type()).isNull();
        assertThat(line.timestamp()).isNull();
        assertThat(line.payload()).isEqualTo(new RolloutLine.Payload("token_count", null, null, null, null));
    }

    @Test
    void payloadThatIsNotAnObjectIsAbsent() {
        RolloutLine line = read("{\"type\":\"turn_context\",\"payload\":[1,2]}");

        assertThat(line.payload()).isEqualTo(RolloutLine.Payload.ABSENT);
    }

    @Test
    void invalidTokenCountersAreMarkedNotThrown() {
        TokenUsage usage = read("""
                {"payload":{"info":{"total_token_usage":{"input_tokens":1.5,"cached_input_tokens":"2",\
                "output_tokens":-3,"reasoning_output_tokens":null}}}}""").payload().info().total();

        assertThat(usage).isEqualTo(new TokenUsage(TokenUsage.INVALID, TokenUsage.INVALID, TokenUsage.INVALID, 0));
        assertThat(usage.isValid()).isFalse();
    }

    @Test
    void lastOccurrenceOfAMemberWinsEntirely() {
        RolloutLine line = read("""
                {"payload":{"type":"token_count","info":{"model":"a","total_token_usage":{"input_tokens":1}}},\
                "payload":{"type":"token_count","info":{"last_token_usage":{"output_tokens":"x","output_tokens":2}}}}""");

        assertThat(line.payload().info()).isEqualTo(new TokenCountInfo(null, null, new TokenUsage(0, 0, 2, 0)));
    }

    @Test
    void laterNullReplacesAnEarlierObject() {
        RolloutLine line = read("""
                {"payload":{"info":{"total_token_usage":{"input_tokens":1}},"info":null}}""");

        assertThat(line.payload().info()).isNull();
    }

    @Test
    void recordThatIsNotAnObjectIsMalformed() {
        assertThatThrownBy(() -> read("[\"token_count\"]")).isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void truncatedRecordIsMalformed() {
        assertThatThrownBy(() -> read("{\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\""))
                .isInstanceOf(MalformedRecordException.class);
    }

    private static RolloutLine read(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return RolloutLineReader.read(bytes, 0, bytes.length);
    }
}
