package dev.tokentracker.source.claude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.Environment;
import dev.tokentracker.source.LocalParseResult;
import dev.tokentracker.source.LocalParser;
import dev.tokentracker.source.SourceLocations;
import dev.tokentracker.source.SourceResult;
import dev.tokentracker.source.SourceStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claude parsing and deduplication rules that the fixture goldens do not make obvious. */
class ClaudeParserTest {

    private static final String TS = "2026-03-01T10:00:00.000Z";

    @TempDir
    Path home;

    @Test
    void anIsSidechainThatIsNotTheLiteralTrueIsAMainChainLine() throws IOException {
        write("s.jsonl",
                assistant("\"isSidechain\":\"true\",\"requestId\":\"req_a\"", "msg_1", 10),
                assistant("\"isSidechain\":true,\"requestId\":\"req_b\"", "msg_1", 500));

        SourceResult result = parse();

        // The string "true" is no sidechain flag, so the real sidechain copy is a replay of it.
        assertThat(result.messages()).extracting(UsageMessage::output).containsExactly(10L);
        assertThat(result.stats().duplicates()).isEqualTo(1);
    }

    @Test
    void aSidechainReplayIsDroppedEvenWhenItComesFirstAndIsLarger() throws IOException {
        write("s.jsonl",
                assistant("\"isSidechain\":true,\"requestId\":\"req_a\"", "msg_1", 900),
                assistant("\"isSidechain\":false,\"requestId\":\"req_a\"", "msg_1", 10));

        assertThat(parse().messages()).extracting(UsageMessage::output).containsExactly(10L);
    }

    @Test
    void aCopyWithoutRequestIdAndOneWithItAreTwoKeys() throws IOException {
        write("s.jsonl",
                assistant("\"requestId\":\"req_a\"", "msg_1", 10),
                assistant("\"isSidechain\":false", "msg_1", 20));

        assertThat(parse().messages()).extracting(UsageMessage::output).containsExactly(10L, 20L);
    }

    @Test
    void tokenCountsUpToTheLongMaximumAreAcceptedAndTotalsSaturateIntoATie() throws IOException {
        String max = Long.toString(Long.MAX_VALUE);
        write("s.jsonl",
                line("\"requestId\":\"req_a\"", "msg_1", "\"input_tokens\":0,\"output_tokens\":" + max),
                line("\"requestId\":\"req_a\"", "msg_1", "\"input_tokens\":5,\"output_tokens\":" + max));

        SourceResult result = parse();

        // Both totals saturate at 2^63-1: a tie, so the later copy wins.
        assertThat(result.messages()).extracting(UsageMessage::input).containsExactly(5L);
        assertThat(result.messages()).extracting(UsageMessage::output).containsExactly(Long.MAX_VALUE);
    }

    @Test
    void theLargerCopyWinsWhetherItIsEmbeddedInAProgressRecordOrNot() throws IOException {
        write("s.jsonl", progress("\"timestamp\":\"2026-03-01T10:00:05.000Z\"", "\"requestId\":\"req_a\"", 300));
        write("s/subagents/agent-a1.jsonl", assistant("\"isSidechain\":true,\"requestId\":\"req_a\"", "msg_p", 20));

        SourceResult result = parse();

        assertThat(result.messages()).extracting(UsageMessage::output).containsExactly(300L);
        assertThat(result.stats().duplicates()).isEqualTo(1);
    }

    @Test
    void anEmbeddedTimestampOfAnotherTypeFallsBackToTheOuterOne() throws IOException {
        write("s.jsonl", progress("\"timestamp\":\"2026-03-01T10:00:05.000Z\"",
                "\"requestId\":\"req_a\",\"timestamp\":1772359205000", 1));

        assertThat(parse().messages()).extracting(UsageMessage::timestampMs).containsExactly(1772359205000L);
    }

    @Test
    void anEmbeddedTimestampThatIsAStringButNotRfc3339IsMalformedWithoutFallback() throws IOException {
        write("s.jsonl", progress("\"timestamp\":\"2026-03-01T10:00:05.000Z\"",
                "\"requestId\":\"req_a\",\"timestamp\":\"2026-03-01 10:00\"", 1));

        SourceResult result = parse();

        assertThat(result.messages()).isEmpty();
        assertThat(result.stats().malformed()).isEqualTo(1);
    }

    @Test
    void aProgressRecordTakesItsReportedCostFromTheOuterLine() throws IOException {
        write("s.jsonl", progress("\"costUSD\":0.5,\"timestamp\":\"" + TS + "\"",
                "\"requestId\":\"req_a\",\"costUSD\":0.25", 1));

        assertThat(parse().messages()).extracting(UsageMessage::reportedCostPicos)
                .containsExactly(500_000_000_000L);
    }

    @Test
    void aSyntheticRecordTakesNoPartInDeduplication() throws IOException {
        write("s.jsonl",
                assistant("\"requestId\":\"req_a\"", "msg_1", 10),
                assistant("\"requestId\":\"req_a\"", "msg_1", 99).replace("claude-opus-4-6", "<synthetic>"));

        SourceResult result = parse();

        assertThat(result.messages()).extracting(UsageMessage::output).containsExactly(10L);
        assertThat(result.stats()).extracting(SourceStats::duplicates, SourceStats::malformed)
                .containsExactly(0L, 0L);
    }

    @Test
    void theSessionIdFallsBackToTheFileNameWhenAbsentOrNotAString() throws IOException {
        write("f2d1.jsonl", assistant("\"sessionId\":42", "msg_1", 1));
        write("f2d1/subagents/agent-a9.jsonl", assistant("\"requestId\":\"r\"", "msg_2", 1));

        assertThat(parse().messages()).extracting(UsageMessage::sessionId)
                .containsExactly("f2d1", "agent-a9");
    }

    @Test
    void aUsageThatIsNotAnObjectMakesNoUsageRecordAndIsNotMalformed() throws IOException {
        write("s.jsonl",
                "{\"type\":\"assistant\",\"timestamp\":\"" + TS + "\",\"message\":{\"id\":\"m\",\"usage\":null}}",
                "{\"type\":\"assistant\",\"timestamp\":\"" + TS + "\",\"message\":\"usage\"}");

        assertThat(parse().stats()).extracting(SourceStats::recordsParsed, SourceStats::malformed,
                SourceStats::messages).containsExactly(2L, 0L, 0L);
    }

    @Test
    void onlyLinesContainingTheUsageMarkerAreParsedOrCounted() throws IOException {
        write("s.jsonl",
                "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":\"show \\\"usage\\\" docs\"}}",
                "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[\"usage\"]}}",
                "      <AlertTriangle size={12} /> not json",
                "      \"usage\":{\"input_tokens\":3,");

        // The escaped quotes of the first line do not spell the marker; the second line does.
        assertThat(parse().stats()).extracting(SourceStats::recordsParsed, SourceStats::malformed)
                .containsExactly(2L, 1L);
    }

    @Test
    void crlfLineEndingsAreWhitespace() throws IOException {
        Path file = home.resolve(".claude/projects/p/s.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, assistant("\"requestId\":\"r1\"", "m1", 1) + "\r\n"
                + assistant("\"requestId\":\"r2\"", "m2", 2) + "\r\n");

        assertThat(parse().messages()).extracting(UsageMessage::output).containsExactly(1L, 2L);
    }

    @Test
    void anUnreadableFileIsCountedAndSkipped() throws IOException {
        Path file = write("s.jsonl", assistant("\"requestId\":\"r\"", "m", 1));
        ClaudeParser parser = new ClaudeParser();
        DiscoveredFile readable = DiscoveredFile.of(file, Files.size(file));
        DiscoveredFile gone = DiscoveredFile.of(home.resolve("gone.jsonl"), 0);

        SourceResult result = parser.merge(List.of(readable, gone), Arrays.asList(parser.parseFile(readable), null));

        assertThat(result.stats()).extracting(SourceStats::filesRead, SourceStats::filesUnreadable,
                SourceStats::messages).containsExactly(1L, 1L, 1L);
    }

    @Test
    void theProviderIsThePrefixOfAModelIdThatNamesABackEnd() {
        assertThat(UsageMapping.providerOf("unsloth/Qwen3-Coder-Next")).isEqualTo("unsloth");
        assertThat(UsageMapping.providerOf("openrouter/anthropic/claude-sonnet-4.5")).isEqualTo("openrouter");
        assertThat(UsageMapping.providerOf("claude-opus-4-6")).isEqualTo("anthropic");
        assertThat(UsageMapping.providerOf("unknown")).isEqualTo("anthropic");
        assertThat(UsageMapping.providerOf("/models/local.gguf")).isEqualTo("anthropic");
    }

    // ---------------------------------------------------------------------------------------

    private SourceResult parse() throws IOException {
        Environment env = new Environment(home, true, Map.of());
        LocalParseResult result = new LocalParser(1).parse(Set.of(Source.CLAUDE), new SourceLocations(env));
        return new SourceResult(result.messages(), result.stats().get(Source.CLAUDE));
    }

    /** Writes lines (each followed by a newline) to {@code .claude/projects/p/<name>}. */
    private Path write(String name, String... lines) throws IOException {
        Path file = home.resolve(".claude/projects/p").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** An assistant line with extra top-level members, a message id and an output count. */
    private static String assistant(String top, String messageId, long output) {
        return line(top, messageId, "\"input_tokens\":3,\"output_tokens\":" + output);
    }

    private static String line(String top, String messageId, String usage) {
        return "{" + top + ",\"type\":\"assistant\",\"timestamp\":\"" + TS + "\","
                + "\"message\":{\"model\":\"claude-opus-4-6\",\"id\":\"" + messageId + "\","
                + "\"usage\":{" + usage + "}}}";
    }

    /** A progress record embedding a sub-agent turn ({@code msg_p}) with the given members. */
    private static String progress(String outer, String embedded, long output) {
        return "{\"type\":\"progress\",\"sessionId\":\"s\"," + outer + ",\"data\":{\"type\":\"agent_progress\","
                + "\"message\":{\"type\":\"assistant\"," + embedded + ",\"message\":{\"model\":\"claude-haiku-4-5\","
                + "\"id\":\"msg_p\",\"usage\":{\"input_tokens\":3,\"output_tokens\":" + output + "}}}}}";
    }
}
