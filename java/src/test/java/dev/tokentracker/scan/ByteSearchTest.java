package dev.tokentracker.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The word masks must flag exactly the bytes they name, no neighbours: callers jump straight to
 * the first flagged byte, so a false flag would be a wrong answer, not just a slower one.
 */
class ByteSearchTest {

    @Test
    void masksFlagExactlyTheMatchingBytesOfEveryValueAtEveryPlace() {
        Random random = new Random(7);
        for (int v = 0; v < 256; v++) {
            int value = v;
            for (int place = 0; place < 8; place++) {
                long word = random.nextLong();
                word = word & ~(0xFFL << (8 * place)) | (long) value << (8 * place);

                assertThat(ByteSearch.zeroBytes(word ^ ByteSearch.broadcast((byte) value)))
                        .isEqualTo(expected(word, b -> b == value));
                assertThat(ByteSearch.hasZeroByte(word ^ ByteSearch.broadcast((byte) value))).isTrue();
                assertThat(ByteSearch.hasZeroByte(word)).isEqualTo(expected(word, b -> b == 0) != 0);
                assertThat(ByteSearch.bytesBelow(word, 0x20)).isEqualTo(expected(word, b -> b < 0x20));
                assertThat(ByteSearch.bytesBelow(word, 0x80)).isEqualTo(expected(word, b -> b < 0x80));
                assertThat(ByteSearch.bytesBelow(word, 1)).isEqualTo(expected(word, b -> b == 0));
            }
        }
    }

    @Test
    void firstMarkedIsTheLowestAddressedByte() {
        byte[] buf = "abcdefgh".getBytes();
        long word = ByteSearch.load(buf, 0);

        assertThat(ByteSearch.firstMarked(ByteSearch.zeroBytes(word ^ ByteSearch.broadcast((byte) 'c')))).isEqualTo(2);
    }

    @Test
    void firstAndLastMarkedOfEveryMask() {
        for (int marks = 1; marks < 256; marks++) {
            long mask = 0;
            for (int i = 0; i < 8; i++) {
                mask |= (marks >>> i & 1L) << (8 * i + 7);
            }

            assertThat(ByteSearch.firstMarked(mask)).isEqualTo(Integer.numberOfTrailingZeros(marks));
            assertThat(ByteSearch.lastMarked(mask)).isEqualTo(31 - Integer.numberOfLeadingZeros(marks));
        }
    }

    private static long expected(long word, java.util.function.IntPredicate flagged) {
        long mask = 0;
        for (int i = 0; i < 8; i++) {
            int b = (int) (word >>> (8 * i)) & 0xFF;
            mask |= flagged.test(b) ? 0x80L << (8 * i) : 0;
        }
        return mask;
    }
}
