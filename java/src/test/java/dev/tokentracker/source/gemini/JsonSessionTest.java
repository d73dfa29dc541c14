package dev.tokentracker.source.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.UsageMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSessionTest {

    private static final String GEMINI = """
            {"id":"%s","timestamp":"2026-01-24T18:03:40.250Z","type":"gemini","content":"",\
            "tokens":{"input":%d,"output":1,"cached":0,"thoughts":0,"tool":0},"model":"gemini-2.5-pro"}""";

    @TempDir
    Path dir;

    private SessionFile read(byte[] content) throws IOException {
        Path file = dir.resolve("session-x.json");
        Files.write(file, content);
        return JsonSession.read(file, "session-x");
    }

    private SessionFile read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String message(String id, int input) {
        return GEMINI.formatted(id, input);
    }

    @Test
    void theSessionIdMayFollowTheMessages() throws IOException {
        SessionFile file = read("{\"messages\":[" + message("m1", 10) + "],\"sessionId\":\"s1\"}");

        assertThat(file.sessionId()).isEqualTo("s1");
        assertThat(file.kept()).extracting(k -> k.message().sessionId()).containsExactly("s1");
    }

    @Test
    void withoutASessionIdMessagesCarryTheFileName() throws IOException {
        SessionFile file = read("{\"messages\":[" + message("m1", 10) + "]}");

        assertThat(file.sessionId()).isNull();
        assertThat(file.kept()).extracting(k -> k.message().sessionId()).containsExactly("session-x");
    }

    @Test
    void aRepeatedMessagesMemberReplacesTheEarlierList() throws IOException {
        SessionFile file = read("{\"sessionId\":\"s1\",\"messages\":[" + message("m1", 10) + "],"
                + "\"messages\":[" + message("m2", 20) + "]}");

        assertThat(file.kept()).extracting(SessionFile.Kept::messageId).containsExactly("m2");
    }

    @Test
    void messagesThatAreNotAnArrayYieldNothing() throws IOException {
        SessionFile file = read("{\"sessionId\":\"s1\",\"messages\":{\"m1\":" + message("m1", 10) + "}}");

        assertThat(file.kept()).isEmpty();
        assertThat(file.malformed()).isZero();
        assertThat(file.recordsParsed()).isEqualTo(1);
    }

    @Test
    void elementsThatAreNotObjectsAreSkipped() throws IOException {
        SessionFile file = read("{\"messages\":[1,\"x\",null," + message("m1", 10) + "]}");

        assertThat(file.kept()).hasSize(1);
        assertThat(file.malformed()).isZero();
    }

    @Test
    void invalidUtf8AnywhereMakesTheWholeFileOneMalformedRecord() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(("{\"messages\":[" + message("m1", 10) + ",{\"type\":\"user\",\"content\":\"")
                .getBytes(StandardCharsets.UTF_8));
        content.write(0xC0); // an overlong encoding of '/': never valid UTF-8
        content.write(0xAF);
        content.writeBytes("\"}]}".getBytes(StandardCharsets.UTF_8));

        SessionFile file = read(content.toByteArray());

        assertThat(file.kept()).isEmpty();
        assertThat(file.recordsParsed()).isEqualTo(1);
        assertThat(file.malformed()).isEqualTo(1);
    }

    @Test
    void aByteOrderMarkIsTolerated() throws IOException {
        SessionFile file = read("\uFEFF{\"messages\":[" + message("m1", 10) + "]}");

        assertThat(file.kept()).hasSize(1);
        assertThat(file.malformed()).isZero();
    }

    @Test
    void aWhitespaceOnlyFileIsOneMalformedRecord() throws IOException {
        SessionFile file = read(" \n\t\r\n");

        assertThat(file.recordsParsed()).isEqualTo(1);
        assertThat(file.malformed()).isEqualTo(1);
    }

    @Test
    void aRepeatedIdWithinTheFileKeepsTheLastCopy() throws IOException {
        SessionFile file = read("{\"messages\":[" + message("m1", 10) + "," + message("m2", 5) + ","
                + message("m1", 30) + "]}");

        assertThat(file.duplicates()).isEqualTo(1);
        assertThat(file.kept()).extracting(SessionFile.Kept::message).extracting(UsageMessage::input)
                .containsExactly(5L, 30L);
    }
}
