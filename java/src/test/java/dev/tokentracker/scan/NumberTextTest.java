package dev.tokentracker.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The number grammar and the exact integer and millisecond conversions. */
class NumberTextTest {

    @ParameterizedTest(name = "[{0}] scans {1} bytes")
    @CsvSource(delimiter = '|', value = {
        "0 | 1", "-0 | 2", "7 | 1", "123 | 3", "-1.5 | 4", "1e5 | 3", "1E+05 | 5", "2.5e-3 | 6",
        "01 | 1", "0.5.1 | 3", "1x | 1", "12] | 2", "1e5e5 | 3",
        "- | -1", "-a | -1", "1. | -1", "1.e5 | -1", "1e | -1", "1e+ | -1", ".5 | -1", "+1 | -1", "a | -1", "'' | -1",
    })
    void scanJsonNumberFindsTheEndOfTheLiteral(String text, int expected) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

        assertThat(NumberText.scanJsonNumber(bytes, 0, bytes.length)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 | 0", "42 | 42", "9223372036854775807 | 9223372036854775807",
        "9223372036854775800 | 9223372036854775800", "922337203685477580 | 922337203685477580",
        "999999999999999999 | 999999999999999999"})
    void nonNegativeIntegerReadsCells(String cell, long expected) {
        assertThat(NumberText.nonNegativeInteger(cell)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "-0", "+1", "01", "1.0", "1e2", " 1", "1 ", "9223372036854775808", "9223372036854775809",
        "9223372036854775810", "9223372036854775899", "9999999999999999999", "92233720368547758070", "\u0661"})
    void nonNegativeIntegerRejectsEverythingElse(String cell) {
        assertThatThrownBy(() -> NumberText.nonNegativeInteger(cell)).isInstanceOf(MalformedRecordException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 0", "-0 | 0", "1700000000000 | 1700000000000", "1700000000000.999 | 1700000000000",
        "1.7e12 | 1700000000000", "1.5 | 1", "0.9 | 0", "1e-400 | 0",
    })
    void truncatedMillisTruncatesTowardZero(String literal, long expected) {
        assertThat(NumberText.truncatedMillis(literal)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.5", "1e400", "9.2e18", "NaN", "Infinity", "1d", "1f", " 1", "1 ", "0x1p3",
        "+1", ".5", "1.", "", "01"})
    void truncatedMillisRejectsWhatIsNotANonNegativeJsonNumber(String literal) {
        assertThatThrownBy(() -> NumberText.truncatedMillis(literal)).isInstanceOf(MalformedRecordException.class);
    }
}
