package dev.tokentracker.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.scan.ByteSearch;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The word-at-a-time searches against the obvious byte loops, on random text made of the
 * markers' own bytes (so near misses, overlaps and matches at block and range edges are common).
 */
class MarkerSearchTest {

    private static final byte[][] CLAUDE = {ascii("\"usage\"")};
    private static final byte[][] CODEX = {ascii("\"token_count\""), ascii("\"turn_context\""),
        ascii("\"session_meta\""), ascii("\"entered_review_mode\""), ascii("\"exited_review_mode\"")};
    private static final byte[] ALPHABET = ascii("\"usgetokn_cmrxi\n ");

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void findsWhatAPlainLoopFinds(int seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 2_000; round++) {
            byte[] buf = randomText(random, CLAUDE, CODEX);
            int from = random.nextInt(buf.length + 1);
            int to = from + random.nextInt(buf.length - from + 1);

            assertThat(MarkerSearch.of(CLAUDE).indexIn(buf, from, to)).isEqualTo(naiveIndexOf(buf, from, to, CLAUDE));
            assertThat(MarkerSearch.of(CODEX).indexIn(buf, from, to)).isEqualTo(naiveIndexOf(buf, from, to, CODEX));
            assertThat(ByteSearch.indexOf(buf, (byte) '\n', from, to)).isEqualTo(naiveIndexOf(buf, from, to, new byte[][] {{'\n'}}));
            assertThat(ByteSearch.lastIndexOf(buf, (byte) '\n', from, to)).isEqualTo(naiveLastIndexOf(buf, (byte) '\n', from, to));
        }
    }

    /** Random bytes of the alphabet with whole markers dropped in, up to 100 bytes. */
    private static byte[] randomText(Random random, byte[][]... markerSets) {
        byte[] buf = new byte[random.nextInt(100)];
        for (int i = 0; i < buf.length; i++) {
            buf[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        for (int k = random.nextInt(4); k > 0; k--) {
            byte[][] set = markerSets[random.nextInt(markerSets.length)];
            byte[] marker = set[random.nextInt(set.length)];
            int room = buf.length - marker.length;
            int at = room < 0 ? 0 : random.nextInt(room + 1);
            System.arraycopy(marker, 0, buf, at, Math.min(marker.length, buf.length));
        }
        return buf;
    }

    private static int naiveIndexOf(byte[] buf, int from, int to, byte[][] markers) {
        for (int i = from; i < to; i++) {
            for (byte[] marker : markers) {
                if (MarkerSearch.startsAt(buf, i, to, marker)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int naiveLastIndexOf(byte[] buf, byte b, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
