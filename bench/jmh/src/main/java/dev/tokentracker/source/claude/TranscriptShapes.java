package dev.tokentracker.source.claude;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Benchmark inputs shaped like bench/GenerateCorpus.java's real corpus: one usage line per four
 * other lines (tool results, snapshots, queue records), most bytes outside usage lines.
 */
final class TranscriptShapes {

    private TranscriptShapes() {
    }

    /** One assistant line with usage, as Claude Code 2.1 writes it (~1.3 KB). */
    static byte[] usageLine(Random random) {
        return ("{\"parentUuid\":\"5b0e7c2a-91d4-4f6e-8a3b-2c7d9e1f0a11\",\"isSidechain\":false,\"userType\":\"external\","
                + "\"cwd\":\"/home/dev/shop\",\"sessionId\":\"5b0e7c2a-91d4-4f6e-8a3b-2c7d9e1f0a11\",\"version\":\"2.1.19\","
                + "\"gitBranch\":\"main\",\"message\":{\"model\":\"claude-sonnet-4-5-20250929\",\"id\":\"msg_01"
                + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"" + filler(random, 700) + "\"}],\"stop_reason\":\"tool_use\","
                + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":" + random.nextInt(10)
                + ",\"cache_creation_input_tokens\":" + random.nextInt(20_000) + ",\"cache_read_input_tokens\":"
                + random.nextInt(200_000) + ",\"cache_creation\":{\"ephemeral_5m_input_tokens\":0,"
                + "\"ephemeral_1h_input_tokens\":0},\"output_tokens\":" + random.nextInt(4_000)
                + ",\"service_tier\":\"standard\",\"server_tool_use\":{\"web_search_requests\":0,\"web_fetch_requests\":0}}},"
                + "\"requestId\":\"req_011C" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36)
                + "\",\"type\":\"assistant\",\"uuid\":\"0a9b8c7d-0002-4e5f-8a1b-000000000002\","
                + "\"timestamp\":\"2026-01-12T10:15:00.000Z\"}").getBytes(StandardCharsets.US_ASCII);
    }

    /** A tool-result user line of about {@code size} bytes (no usage marker). */
    static byte[] toolResultLine(Random random, int size) {
        return ("{\"parentUuid\":\"5b0e7c2a-91d4-4f6e-8a3b-2c7d9e1f0a11\",\"isSidechain\":false,\"type\":\"user\","
                + "\"message\":{\"role\":\"user\",\"content\":[{\"tool_use_id\":\"toolu_01abc\",\"type\":\"tool_result\","
                + "\"content\":\"" + filler(random, size) + "\"}]},\"timestamp\":\"2026-01-12T10:15:02.000Z\"}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes a transcript of about {@code bytes} bytes: one usage line in five. */
    static Path writeTranscript(Path file, long bytes, long seed) throws IOException {
        Random random = new Random(seed);
        long written = 0;
        int line = 0;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            while (written < bytes) {
                byte[] record = line++ % 5 == 0 ? usageLine(random) : toolResultLine(random, 200 + random.nextInt(6_000));
                out.write(record);
                out.write('\n');
                written += record.length + 1;
            }
        }
        return file;
    }

    private static final String WORDS = "the function returns a value when called with parameters and throws an error ";

    static String filler(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int from = random.nextInt(WORDS.length() - 10);
            text.append(WORDS, from, WORDS.length());
        }
        text.setLength(length);
        return text.toString();
    }
}
