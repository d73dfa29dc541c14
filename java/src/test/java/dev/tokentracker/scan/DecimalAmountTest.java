package dev.tokentracker.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DecimalAmount against the shared vectors and, for random decimals, against BigDecimal. */
class DecimalAmountTest {

    private static final BigInteger LIMIT = BigInteger.TEN.pow(18);

    static Stream<Arguments> cases() {
        return ScanVectors.tsvArguments("amounts/cases.tsv");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("cases")
    void toPicosMatchesTheVector(String input, String toPicos, String csvCell) {
        assertThat(text(DecimalAmount.toPicos(input))).isEqualTo(toPicos);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("cases")
    void csvCellToPicosMatchesTheVector(String input, String toPicos, String csvCell) {
        assertThat(text(DecimalAmount.csvCellToPicos(input))).isEqualTo(csvCell);
    }

    @Test
    void vectorFileIsNotEmpty() {
        assertThat(ScanVectors.tsv("amounts/cases.tsv")).hasSizeGreaterThan(100).allSatisfy(row -> assertThat(row).hasSize(3));
    }

    @Test
    void randomDecimalsRoundHalfToEvenLikeBigDecimal() {
        Random random = new Random(1_000_000_000_000L);
        List<String> wrong = new ArrayList<>();

        for (int i = 0; i < 200_000; i++) {
            String text = randomDecimal(random);
            String expected = text(oracle(text));
            String actual = text(DecimalAmount.toPicos(text));
            wrong.addAll(expected.equals(actual) ? List.of() : List.of(text + " -> " + actual + ", expected " + expected));
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void csvCellsWithSeparatorsAndDollarsReadAsThePlainNumber() {
        Random random = new Random(5L);
        List<String> wrong = new ArrayList<>();

        for (int i = 0; i < 20_000; i++) {
            long dollars = random.nextLong(1_000_000);
            String cents = String.format("%02d", random.nextInt(100));
            String cell = (random.nextBoolean() ? "$" : "") + String.format("%,d", dollars) + "." + cents;
            long expected = DecimalAmount.toPicos(dollars + "." + cents);
            wrong.addAll(DecimalAmount.csvCellToPicos(cell) == expected ? List.of() : List.of(cell));
        }

        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("cases")
    void csvCellBytesMatchTheVector(String input, String toPicos, String csvCell) {
        byte[] padded = ("x," + input + ",y").getBytes(StandardCharsets.UTF_8);

        assertThat(text(DecimalAmount.csvCellToPicos(padded, 2, padded.length - 2))).isEqualTo(csvCell);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"0", "7", "0.27", "12", "999999", "999999.999999999999", "0.000000000001",
        "100000.5", "1.000000000000"})
    void plainDecimalsTakeTheBytePath(String cell) {
        byte[] bytes = cell.getBytes(StandardCharsets.US_ASCII);

        assertThat(DecimalAmount.plainDecimalToPicos(bytes, 0, bytes.length)).isEqualTo(DecimalAmount.toPicos(cell));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "1000000", "1000000.5", "0.1234567890123", "00.5", "01", "0.", ".5", "-0.5",
        "+1", "1e3", "1E-3", "$1", " 1", "1 ", "1,000", "0,5", "1.2.3", "Included", "-"})
    void everyOtherCellGoesThroughTheFullRules(String cell) {
        byte[] bytes = cell.getBytes(StandardCharsets.US_ASCII);

        assertThat(DecimalAmount.plainDecimalToPicos(bytes, 0, bytes.length)).isEqualTo(DecimalAmount.NOT_AN_AMOUNT);
        assertThat(DecimalAmount.csvCellToPicos(bytes, 0, bytes.length)).isEqualTo(DecimalAmount.csvCellToPicos(cell));
    }

    @Test
    void randomCellBytesReadAsTheirText() {
        Random random = new Random(7L);
        String alphabet = "0123456789012345678901234567890123456789..,,$ eE-+é";
        List<String> wrong = new ArrayList<>();

        for (int i = 0; i < 100_000; i++) {
            StringBuilder cell = new StringBuilder();
            for (int n = random.nextInt(22); n > 0; n--) {
                cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = cell.toString();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long expected = DecimalAmount.csvCellToPicos(text);
            wrong.addAll(DecimalAmount.csvCellToPicos(bytes, 0, bytes.length) == expected ? List.of() : List.of(text));
        }

        assertThat(wrong).isEmpty();
    }

    /** The exact rule with BigDecimal: half to even at 10^-12, below 10^18 picodollars. */
    private static long oracle(String text) {
        BigInteger picos = new BigDecimal(text).movePointRight(12).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        return picos.compareTo(LIMIT) >= 0 ? DecimalAmount.NOT_AN_AMOUNT : picos.longValueExact();
    }

    /**
     * A JSON-valid non-negative decimal, biased toward the interesting places: values near
     * half a picodollar, trailing zeros, and exponents that move digits across the twelfth decimal
     * and the 10^18 limit.
     */
    private static String randomDecimal(Random random) {
        String integer = random.nextInt(3) == 0 ? "0" : Long.toString(1 + random.nextLong(9_999_999));
        String fraction = random.nextBoolean() ? "" : "." + digits(random, 1 + random.nextInt(20));
        String exponent = random.nextBoolean() ? ""
                : (random.nextBoolean() ? "e" : "E") + (random.nextBoolean() ? "-" : random.nextBoolean() ? "+" : "")
                        + (random.nextInt(10) == 0 ? "0" : "") + random.nextInt(25);
        return integer + fraction + exponent;
    }

    /** Digits that often end in 5 or 50...0, so that ties come up. */
    private static String digits(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(random.nextInt(10));
        }
        if (random.nextBoolean()) {
            out.append('5').append("0".repeat(random.nextInt(3)));
        }
        return out.toString();
    }

    private static String text(long picos) {
        return picos == DecimalAmount.NOT_AN_AMOUNT ? "NOT_AN_AMOUNT" : Long.toString(picos);
    }
}
