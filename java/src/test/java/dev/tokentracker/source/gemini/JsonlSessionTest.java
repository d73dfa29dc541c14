package dev.tokentracker.source.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSessionTest {

    private static final String HEADER =
            "{\"sessionId\":\"s1\",\"projectHash\":\"h\",\"startTime\":\"2026-04-24T23:16:28.708Z\",\"kind\":\"main\"}";

    @TempDir
    Path dir;

    private SessionFile read(String content) throws IOException {
        Path file = dir.resolve("session-y.jsonl");
        Files.writeString(file, content);
        return JsonlSession.read(file, "session-y");
    }

    private static String gemini(String id, String timestamp) {
        return "{\"id\":\"" + id + "\",\"timestamp\":\"" + timestamp + "\",\"type\":\"gemini\",\"content\":\"\","
                + "\"tokens\":{\"input\":10,\"output\":1},\"model\":\"gemini-3-flash-preview\"}";
    }

    @Test
    void theHeaderNamesTheSessionAndIsParsedWithoutTheMarker() throws IOException {
        SessionFile file = read(HEADER + "\n" + gemini("m1", "2026-04-24T23:17:00Z") + "\n");

        assertThat(file.sessionId()).isEqualTo("s1");
        assertThat(file.recordsParsed()).isEqualTo(2);
        assertThat(file.kept()).extracting(k -> k.message().sessionId()).containsExactly("s1");
    }

    @Test
    void onlyTheFirstNonBlankLineCanBeTheHeader() throws IOException {
        SessionFile file = read("\n\r\n" + HEADER + "\n"
                + "{\"sessionId\":\"other\",\"kind\":\"main\",\"tokens\":{}}\n"
                + gemini("m1", "2026-04-24T23:17:00Z") + "\n");

        assertThat(file.sessionId()).isEqualTo("s1");
        assertThat(file.kept()).hasSize(1);
    }

    @Test
    void aMalformedFirstLineLeavesTheFileWithoutSessionId() throws IOException {
        SessionFile file = read("{\"sessionId\":\"s1\",\n" + gemini("m1", "2026-04-24T23:17:00Z") + "\n");

        assertThat(file.sessionId()).isNull();
        assertThat(file.malformed()).isEqualTo(1);
        assertThat(file.kept()).extracting(k -> k.message().sessionId()).containsExactly("session-y");
    }

    @Test
    void aFirstLineThatIsAMessageIsStillCounted() throws IOException {
        SessionFile file = read(gemini("m1", "2026-04-24T23:17:00Z") + "\n");

        assertThat(file.sessionId()).isNull();
        assertThat(file.recordsParsed()).isEqualTo(1);
        assertThat(file.kept()).hasSize(1);
    }

    @Test
    void linesWithoutTheMarkerAreNotParsed() throws IOException {
        SessionFile file = read(HEADER + "\n{\"$set\":{\"lastUpdated\":\"x\"}}\nnot json at all\n"
                + "{\"type\":\"user\",\"content\":[{\"text\":\"say \\\"tokens\\\"\"}]}\n");

        assertThat(file.recordsParsed()).isEqualTo(1);
        assertThat(file.malformed()).isZero();
    }

    @Test
    void crlfLineEndsAndAMissingFinalNewlineAreFine() throws IOException {
        SessionFile file = read(HEADER + "\r\n" + gemini("m1", "2026-04-24T23:17:00Z") + "\r\n"
                + gemini("m2", "2026-04-24T23:18:00Z"));

        assertThat(file.malformed()).isZero();
        assertThat(file.kept()).extracting(SessionFile.Kept::messageId).containsExactly("m1", "m2");
    }

    @Test
    void aMalformedCopyDoesNotTakePartInTheDedup() throws IOException {
        SessionFile file = read(HEADER + "\n" + gemini("m1", "2026-04-24T23:17:00Z") + "\n"
                + gemini("m1", "yesterday") + "\n");

        assertThat(file.malformed()).isEqualTo(1);
        assertThat(file.duplicates()).isZero();
        assertThat(file.kept()).hasSize(1);
    }

    @Test
    void theTimestampMayCarryAnOffset() throws IOException {
        SessionFile file = read(HEADER + "\n" + gemini("m1", "2026-04-25T01:17:00.5+02:00") + "\n");

        assertThat(file.kept().getFirst().message().timestampMs())
                .isEqualTo(Instant.parse("2026-04-24T23:17:00.500Z").toEpochMilli());
    }
}
