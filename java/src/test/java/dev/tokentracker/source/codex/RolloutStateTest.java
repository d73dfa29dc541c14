package dev.tokentracker.source.codex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutStateTest {

    private static final String T0 = "2025-11-05T09:00:00.000Z";
    private static final long T0_MS = 1_762_333_200_000L;

    private final RolloutState state = new RolloutState();

    @Test
    void mapsCodexCountersToTheFiveDisjointBuckets() {
        feed(meta("s-1", null), turn("gpt-5.1-codex"), tokenCount(T0, usage(1000, 600, 90, 30), null, null));

        UsageMessage message = finish().messages().getFirst();

        assertThat(message).isEqualTo(new UsageMessage(Source.CODEX, "gpt-5.1-codex", "openai", "s-1", T0_MS,
                400, 60, 600, 0, 0, 30, UsageMessage.NO_REPORTED_COST, CostRule.REPORTED_FIRST));
    }

    @Test
    void firstSessionMetaNamesTheSessionAndLaterOnesAreIgnored() {
        feed(meta("own", null), meta("copied-from-parent", null), tokenCount(T0, null, usage(1, 0, 1, 0), null));

        assertThat(finish().messages()).extracting(UsageMessage::sessionId).containsExactly("own");
    }

    @Test
    void withoutSessionMetaTheFileNameIsTheSession() {
        feed(tokenCount(T0, null, usage(1, 0, 1, 0), null));

        assertThat(finish().messages()).extracting(UsageMessage::sessionId).containsExactly("rollout-file");
    }

    @Test
    void sessionMetaWithoutIdLeavesTheFileName() {
        feed("{\"type\":\"session_meta\",\"payload\":{\"cwd\":\"/x\"}}",
                tokenCount(T0, null, usage(1, 0, 1, 0), null));

        assertThat(finish().messages()).extracting(UsageMessage::sessionId).containsExactly("rollout-file");
    }

    @Test
    void modelComesFromInfoThenTurnContextThenUnknown() {
        feed(tokenCount(T0, null, usage(1, 0, 1, 0), null),
                turn("gpt-5.2-codex"),
                tokenCount(T0, null, usage(1, 0, 1, 0), "gpt-5.1-codex-mini"),
                tokenCount(T0, null, usage(1, 0, 1, 0), ""),
                turn(""),
                tokenCount(T0, null, usage(1, 0, 1, 0), null));

        assertThat(finish().messages()).extracting(UsageMessage::modelId)
                .containsExactly("unknown", "gpt-5.1-codex-mini", "gpt-5.2-codex", "gpt-5.2-codex");
    }

    @Test
    void tokenCountWithNullInfoIsNotUsage() {
        feed("{\"timestamp\":\"" + T0 + "\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":null}}");

        assertThat(finish()).isEqualTo(new CodexFileResult(List.of(), 1, 0, 0));
    }

    @Test
    void reviewWindowInAParentIsSkippedAndKeepsTheBaseline() {
        feed(meta("parent", null),
                tokenCount(T0, usage(100, 50, 10, 0), null, null),
                event("entered_review_mode"),
                tokenCount(T0, usage(30, 0, 5, 0), usage(30, 0, 5, 0), null),
                tokenCount(T0, usage(70, 10, 9, 0), usage(40, 10, 4, 0), null),
                event("exited_review_mode"),
                tokenCount(T0, usage(100, 50, 10, 0), null, null),
                tokenCount(T0, usage(160, 80, 14, 0), null, null));

        CodexFileResult result = finish();

        assertThat(result.messages()).extracting(UsageMessage::input).containsExactly(50L, 30L);
        assertThat(result.duplicates()).isEqualTo(3);
    }

    @Test
    void reviewSubagentFileCountsItsOwnEventsWhateverTheMarkers() {
        feed(meta("review", "review"),
                event("entered_review_mode"),
                tokenCount(T0, usage(30, 0, 5, 0), usage(30, 0, 5, 0), null),
                tokenCount(T0, usage(70, 10, 9, 0), usage(40, 10, 4, 0), null));

        CodexFileResult result = finish();

        assertThat(result.messages()).extracting(UsageMessage::input).containsExactly(30L, 30L);
        assertThat(result.duplicates()).isZero();
    }

    @Test
    void usageWithoutTotalLeavesTheBaselineAlone() {
        feed(tokenCount(T0, usage(100, 0, 10, 0), null, null),
                tokenCount(T0, null, usage(7, 0, 1, 0), null),
                tokenCount(T0, usage(150, 0, 12, 0), null, null));

        assertThat(finish().messages()).extracting(UsageMessage::input).containsExactly(100L, 7L, 50L);
    }

    @Test
    void allZeroUsageIsStillAMessage() {
        feed(tokenCount(T0, null, usage(0, 0, 0, 0), null));

        assertThat(finish().messages()).hasSize(1);
    }

    @Test
    void malformedUsageRecordChangesNoState() {
        feed(tokenCount(T0, usage(100, 0, 10, 0), null, null),
                tokenCount(null, usage(150, 0, 12, 0), null, null),
                tokenCount("2025-11-05 09:00:00", usage(150, 0, 12, 0), null, null),
                tokenCount(T0, usage(150, 0, 12, 0), null, null));

        CodexFileResult result = finish();

        assertThat(result.messages()).extracting(UsageMessage::input).containsExactly(100L, 50L);
        assertThat(result.malformed()).isEqualTo(2);
        assertThat(result.duplicates()).isZero();
    }

    @Test
    void invalidLastUsageMakesTheRecordMalformedEvenWhenTheTotalDecides() {
        feed("{\"timestamp\":\"" + T0 + "\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":"
                + "{\"total_token_usage\":" + usage(5, 0, 1, 0) + ",\"last_token_usage\":{\"input_tokens\":2.5}}}}");

        assertThat(finish()).isEqualTo(new CodexFileResult(List.of(), 1, 1, 0));
    }

    @Test
    void infoWithNeitherUsageIsMalformed() {
        feed("{\"timestamp\":\"" + T0 + "\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":"
                + "{\"model_context_window\":258400}}}");

        assertThat(finish()).isEqualTo(new CodexFileResult(List.of(), 1, 1, 0));
    }

    @Test
    void clampedSubtractionKeepsTheMessageAndCountsTheRecordOnce() {
        feed(tokenCount(T0, null, usage(10, 20, 1, 5), null));

        CodexFileResult result = finish();

        assertThat(result.malformed()).isEqualTo(1);
        assertThat(result.messages()).singleElement()
                .extracting(UsageMessage::input, UsageMessage::cacheRead, UsageMessage::output, UsageMessage::reasoning)
                .containsExactly(0L, 20L, 0L, 5L);
    }

    @Test
    void malformedTurnContextDoesNotChangeTheModel() {
        feed(turn("gpt-5.1-codex"),
                "{\"type\":\"turn_context\",\"payload\":{\"model\":\"gpt-5.1-codex-max\"",
                tokenCount(T0, null, usage(1, 0, 1, 0), null));

        CodexFileResult result = finish();

        assertThat(result.messages()).extracting(UsageMessage::modelId).containsExactly("gpt-5.1-codex");
        assertThat(result.recordsParsed()).isEqualTo(3);
        assertThat(result.malformed()).isEqualTo(1);
    }

    private void feed(String... lines) {
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            state.record(bytes, 0, bytes.length);
        }
    }

    private CodexFileResult finish() {
        return state.finish("rollout-file");
    }

    private static String meta(String id, String subagent) {
        String source = subagent == null ? "\"cli\"" : "{\"subagent\":\"" + subagent + "\"}";
        return "{\"timestamp\":\"" + T0 + "\",\"type\":\"session_meta\",\"payload\":{\"id\":\"" + id
                + "\",\"source\":" + source + "}}";
    }

    private static String turn(String model) {
        return "{\"timestamp\":\"" + T0 + "\",\"type\":\"turn_context\",\"payload\":{\"model\":\"" + model + "\"}}";
    }

    private static String event(String kind) {
        return "{\"timestamp\":\"" + T0 + "\",\"type\":\"event_msg\",\"payload\":{\"type\":\"" + kind + "\"}}";
    }

    /** A token_count line; null arguments leave the member out. */
    private static String tokenCount(String timestamp, String total, String last, String model) {
        StringBuilder info = new StringBuilder();
        append(info, "model", model == null ? null : "\"" + model + "\"");
        append(info, "total_token_usage", total);
        append(info, "last_token_usage", last);
        String time = timestamp == null ? "" : "\"timestamp\":\"" + timestamp + "\",";
        return "{" + time + "\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":{" + info + "}}}";
    }

    private static void append(StringBuilder object, String name, String json) {
        if (json != null) {
            object.append(object.isEmpty() ? "" : ",").append('"').append(name).append("\":").append(json);
        }
    }

    private static String usage(long input, long cached, long output, long reasoning) {
        return "{\"input_tokens\":" + input + ",\"cached_input_tokens\":" + cached + ",\"output_tokens\":" + output
                + ",\"reasoning_output_tokens\":" + reasoning + ",\"total_tokens\":" + (input + output) + "}";
    }
}
