package dev.tokentracker.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Randomized checks of the reader, with fixed seeds so that a failure reproduces:
 * random values written by Jackson (raw UTF-8, escaped non-ASCII, pretty-printed) are accepted
 * and decode to what Jackson reads; random mutations of records are either accepted — and then
 * read exactly as Jackson reads them, by both the skip and the pull path — or rejected with
 * {@link MalformedRecordException}, never anything else, never a hang.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class JsonReaderFuzzTest {

    private static final String ACCEPTED = "accepted";
    private static final String MALFORMED = "malformed";
    private static final List<ObjectMapper> WRITERS = List.of(
            JsonMapper.builder().build(),
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build(),
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build());
    /** Bytes that matter to the grammar, used by mutations alongside random bytes. */
    private static final byte[] INTERESTING = bytes("{}[]\",:\\u0123456789abcdefABCDEF-+.eEtrufalsn \t\r\n/\u007f",
            0x00, 0x01, 0x1F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xBB, 0xF0, 0xF4, 0xF5, 0xFF,
            0xA0, 0x9F, 0x8F, 0x90);

    @Test
    void randomValuesWrittenByJacksonAreReadAsJacksonReadsThem() throws JsonProcessingException {
        RandomJson values = new RandomJson(20_250_821L);
        List<String> verdicts = new ArrayList<>();

        for (int i = 0; i < 3_000; i++) {
            JsonNode value = values.value(6);
            for (ObjectMapper writer : WRITERS) {
                verdicts.add(verdict(writer.writeValueAsBytes(value)));
            }
        }

        assertThat(verdicts).hasSize(9_000).containsOnly(ACCEPTED);
    }

    @Test
    void mutatedRecordsAreAcceptedOrMalformedAndNothingElse() throws JsonProcessingException {
        Random random = new Random(77_001L);
        List<byte[]> seeds = seedRecords();
        List<String> verdicts = new ArrayList<>();

        for (int i = 0; i < 40_000; i++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            verdicts.add(verdict(mutate(seed, random)));
        }

        Map<String, Long> counts = verdicts.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts.keySet()).as("verdicts other than accepted/malformed").containsOnly(ACCEPTED, MALFORMED);
        assertThat(counts.get(ACCEPTED)).isGreaterThan(1_000L);
        assertThat(counts.get(MALFORMED)).isGreaterThan(1_000L);
    }

    @Test
    void randomBytesAreAcceptedOrMalformedAndNothingElse() {
        Random random = new Random(4_242L);
        List<String> verdicts = new ArrayList<>();

        for (int i = 0; i < 20_000; i++) {
            byte[] noise = new byte[random.nextInt(16)];
            for (int j = 0; j < noise.length; j++) {
                noise[j] = randomByte(random);
            }
            verdicts.add(verdict(noise));
        }

        assertThat(verdicts).containsOnly(ACCEPTED, MALFORMED).contains(ACCEPTED, MALFORMED);
    }

    @Test
    void nestingIsAcceptedUpToTheLimitWhateverTheMixOfContainers() {
        Random random = new Random(512L);
        List<String> wrong = new ArrayList<>();

        for (int i = 0; i < 200; i++) {
            int depth = 500 + random.nextInt(25);
            byte[] record = nested(depth, random);
            boolean expected = depth <= JsonReader.MAX_DEPTH;
            wrong.addAll(JsonWalk.skipAccepts(record) == expected && JsonWalk.pullIfValid(record).isPresent() == expected
                    ? List.of() : List.of(depth + ": " + new String(record, StandardCharsets.US_ASCII)));
        }

        assertThat(wrong).isEmpty();
    }

    // ---------------------------------------------------------------------------------------

    /**
     * {@link #ACCEPTED} when both paths accept the record and the pull path decodes it as Jackson
     * does; {@link #MALFORMED} when both reject it with MalformedRecordException; otherwise a
     * description of the disagreement or of the unexpected exception, with the record in hex.
     */
    private static String verdict(byte[] record) {
        boolean skipped;
        Optional<JsonNode> pulled;
        try {
            skipped = JsonWalk.skipAccepts(record);
            pulled = JsonWalk.pullIfValid(record);
        } catch (RuntimeException | StackOverflowError e) {
            return "threw " + e + " on " + hex(record);
        }
        if (pulled.isPresent() != skipped) {
            return "skip " + (skipped ? "accepts" : "rejects") + " but pull does not: " + hex(record);
        }
        if (pulled.isEmpty()) {
            return MALFORMED;
        }
        try {
            return pulled.get().equals(JsonWalk.jackson(record)) ? ACCEPTED : "decoded unlike Jackson: " + hex(record);
        } catch (RuntimeException e) {
            return "Jackson rejects (" + e.getMessage() + ") what the reader accepts: " + hex(record);
        }
    }

    private static List<byte[]> seedRecords() throws JsonProcessingException {
        List<byte[]> seeds = new ArrayList<>();
        RandomJson values = new RandomJson(99L);
        for (int i = 0; i < 300; i++) {
            seeds.add(WRITERS.get(i % WRITERS.size()).writeValueAsBytes(values.value(4)));
        }
        for (String kind : List.of("valid", "invalid")) {
            ScanVectors.jsonNames(kind).forEach(name -> seeds.add(ScanVectors.json(kind, name)));
        }
        return seeds;
    }

    /** One to three random edits: replace, insert, delete, truncate, or duplicate a slice. */
    private static byte[] mutate(byte[] record, Random random) {
        byte[] out = record;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            out = edit(out, random);
        }
        return out;
    }

    private static byte[] edit(byte[] in, Random random) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length);
        return switch (in.length == 0 ? 1 : random.nextInt(5)) {
            case 0 -> replaced(in, at, randomByte(random));
            case 1 -> inserted(in, at, randomByte(random));
            case 2 -> concat(slice(in, 0, at), slice(in, at + 1, in.length));
            case 3 -> slice(in, 0, at);
            default -> {
                int to = at + random.nextInt(Math.min(8, in.length - at) + 1);
                yield concat(slice(in, 0, to), slice(in, at, in.length));
            }
        };
    }

    private static byte randomByte(Random random) {
        return random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : (byte) random.nextInt(256);
    }

    private static byte[] nested(int depth, Random random) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            boolean object = random.nextBoolean();
            open.append(object ? "{\"k\":" : "[");
            close.insert(0, object ? "}" : "]");
        }
        return (open + (random.nextBoolean() ? "0" : "\"v\"") + close).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] replaced(byte[] in, int at, byte b) {
        byte[] out = in.clone();
        out[at] = b;
        return out;
    }

    private static byte[] inserted(byte[] in, int at, byte b) {
        return concat(concat(slice(in, 0, at), new byte[] {b}), slice(in, at, in.length));
    }

    private static byte[] slice(byte[] in, int from, int to) {
        return Arrays.copyOfRange(in, from, to);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(String ascii, int... more) {
        byte[] out = new byte[ascii.length() + more.length];
        for (int i = 0; i < ascii.length(); i++) {
            out[i] = (byte) ascii.charAt(i);
        }
        for (int i = 0; i < more.length; i++) {
            out[ascii.length() + i] = (byte) more[i];
        }
        return out;
    }

    private static String hex(byte[] record) {
        return HexFormat.of().formatHex(record);
    }
}
