package dev.tokentracker.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Utf8 against the JDK's strict UTF-8 decoder (which, like Rust's {@code str::from_utf8}, rejects
 * overlong forms, encoded surrogates and code points above U+10FFFF): every lead byte, every
 * second byte, and the boundary values of the third and fourth byte.
 */
class Utf8Test {

    private static final int[] BOUNDARIES = {0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0};

    @Test
    void agreesWithTheJdkDecoderOnEveryShortSequence() {
        List<String> disagreements = new ArrayList<>();
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int second = 0x7F; second <= 0xFF; second++) {
                for (int third : BOUNDARIES) {
                    for (int fourth : BOUNDARIES) {
                        byte[] bytes = {(byte) lead, (byte) second, (byte) third, (byte) fourth};
                        boolean ours = readerAccepts(bytes);
                        boolean jdk = jdkAccepts(bytes);
                        disagreements.addAll(ours == jdk ? List.of() : List.of(HexFormat.of().formatHex(bytes)
                                + (ours ? " accepted" : " rejected")));
                    }
                }
            }
        }

        assertThat(disagreements).isEmpty();
    }

    @Test
    void returnsThePositionAfterTheSequence() {
        byte[] buf = {(byte) 0xC3, (byte) 0xA9, (byte) 0xE4, (byte) 0xB8, (byte) 0xAD,
            (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80};

        assertThat(Utf8.skipMultiByte(buf, 0, buf.length)).isEqualTo(2);
        assertThat(Utf8.skipMultiByte(buf, 2, buf.length)).isEqualTo(5);
        assertThat(Utf8.skipMultiByte(buf, 5, buf.length)).isEqualTo(9);
        assertThat(Utf8.skipMultiByte(buf, 5, 8)).as("cut off by the end of the range").isEqualTo(-1);
    }

    /** The bytes as the contents of a JSON string (all of them are 0x7F or above: none is a quote). */
    private static boolean readerAccepts(byte[] contents) {
        byte[] record = new byte[contents.length + 2];
        record[0] = '"';
        System.arraycopy(contents, 0, record, 1, contents.length);
        record[record.length - 1] = '"';
        return JsonWalk.skipAccepts(record);
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
