package dev.tokentracker.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record under {@code testdata/json/valid/} is accepted and every record under
 * {@code testdata/json/invalid/} is rejected, whether the value is skipped or pulled apart.
 * The native reader runs the same files.
 */
class JsonVectorsTest {

    static List<String> valid() {
        return ScanVectors.jsonNames("valid");
    }

    static List<String> invalid() {
        return ScanVectors.jsonNames("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validRecordIsAcceptedBySkipping(String name) {
        byte[] record = ScanVectors.json("valid", name);

        assertThatCode(() -> JsonWalk.skip(record)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validRecordPullsToWhatJacksonReads(String name) {
        byte[] record = ScanVectors.json("valid", name);

        assertThat(JsonWalk.pull(record)).isEqualTo(JsonWalk.jackson(record));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidRecordIsMalformedWhenSkipped(String name) {
        byte[] record = ScanVectors.json("invalid", name);

        assertThatThrownBy(() -> JsonWalk.skip(record)).isInstanceOf(MalformedRecordException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidRecordIsMalformedWhenPulled(String name) {
        byte[] record = ScanVectors.json("invalid", name);

        assertThatThrownBy(() -> JsonWalk.pull(record)).isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void vectorSetsAreComplete() {
        assertThat(valid()).hasSizeGreaterThan(50)
                .contains("depth-512-arrays", "depth-512-objects", "bom-then-object", "string-escaped-surrogate-pair");
        assertThat(invalid()).hasSizeGreaterThan(100)
                .contains("depth-513-arrays", "depth-513-objects", "lone-high-surrogate", "overlong-utf8-two-byte-c0",
                        "raw-control-char", "nan", "leading-zero", "trailing-comma");
    }

    @Test
    void depthVectorsNestAsTheirNamesSay() {
        assertThat(maxDepth(ScanVectors.json("valid", "depth-512-arrays"))).isEqualTo(512);
        assertThat(maxDepth(ScanVectors.json("valid", "depth-512-objects"))).isEqualTo(512);
        assertThat(maxDepth(ScanVectors.json("valid", "depth-512-mixed"))).isEqualTo(512);
        assertThat(maxDepth(ScanVectors.json("invalid", "depth-513-arrays"))).isEqualTo(513);
        assertThat(maxDepth(ScanVectors.json("invalid", "depth-513-objects"))).isEqualTo(513);
        assertThat(maxDepth(ScanVectors.json("invalid", "depth-513-empty-innermost"))).isEqualTo(513);
    }

    /** Bracket depth of a record without strings containing brackets. */
    private static int maxDepth(byte[] record) {
        int depth = 0;
        int max = 0;
        for (byte b : record) {
            depth += b == '[' || b == '{' ? 1 : b == ']' || b == '}' ? -1 : 0;
            max = Math.max(max, depth);
        }
        return max;
    }
}
