package dev.tokentracker.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Timestamps against the shared vectors and, for random inputs, against java.time. */
class TimestampsTest {

    static Stream<Arguments> rfc3339Cases() {
        return ScanVectors.tsvArguments("timestamps/cases.tsv");
    }

    static Stream<Arguments> csvDateCases() {
        return ScanVectors.tsvArguments("timestamps/csv-date.tsv");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("rfc3339Cases")
    void parseRfc3339MatchesTheVector(String input, String expected) {
        assertThat(outcome(Timestamps::parseRfc3339, input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("csvDateCases")
    void parseCsvDateMatchesTheVector(String input, String expected) {
        assertThat(outcome(Timestamps::parseCsvDate, input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("csvDateCases")
    void parseCsvDateOfUtf8BytesMatchesTheVector(String input, String expected) {
        byte[] cell = ("x," + input + ",y").getBytes(StandardCharsets.UTF_8);

        assertThat(outcome(text -> Timestamps.parseCsvDate(cell, 2, cell.length - 2), input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"2025-08-2é", "2025-08-21T06:29:2é", "2025-08-21T06:29:22.é", "2025-08-21T06:29:22é",
        "2025-08-21T06:29:22.408Z\u200B", "\uFF12025-08-21", "2025-08-21T06:29:22+0é:00", "2025-08-21\u00A0"})
    void nonAsciiTextIsMalformedAsCharactersAndAsBytes(String input) {
        byte[] cell = input.getBytes(StandardCharsets.UTF_8);

        assertThat(outcome(Timestamps::parseCsvDate, input)).isEqualTo("ERROR");
        assertThat(outcome(text -> Timestamps.parseCsvDate(cell, 0, cell.length), input)).isEqualTo("ERROR");
    }

    @Test
    void vectorFilesAreNotEmpty() {
        assertThat(ScanVectors.tsv("timestamps/cases.tsv")).hasSizeGreaterThan(80).allSatisfy(row -> assertThat(row).hasSize(2));
        assertThat(ScanVectors.tsv("timestamps/csv-date.tsv")).hasSizeGreaterThan(30).allSatisfy(row -> assertThat(row).hasSize(2));
    }

    @Test
    void randomDateTimesAgreeWithJavaTime() {
        Random random = new Random(3339L);
        List<String> wrong = new ArrayList<>();

        for (int i = 0; i < 50_000; i++) {
            int year = random.nextInt(10_000);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth());
            LocalDateTime local = LocalDateTime.of(year, month, day, random.nextInt(24), random.nextInt(60), random.nextInt(60));
            String fraction = "0123456789".repeat(2).substring(0, random.nextInt(12));
            int offsetMinutes = random.nextInt(4) == 0 ? 0 : random.nextInt(2 * 1440 - 1) - 1439;
            String text = format(local, fraction, offsetMinutes, random);
            long expected = (local.toEpochSecond(ZoneOffset.UTC) - offsetMinutes * 60L) * 1000 + millisOf(fraction);

            wrong.addAll(Timestamps.parseRfc3339(text) == expected ? List.of() : List.of(text));
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void daysPastTheEndOfTheMonthAreMalformedInEveryYear() {
        List<String> accepted = new ArrayList<>();

        for (int year = 0; year < 10_000; year++) {
            for (int month = 1; month <= 12; month++) {
                int day = YearMonth.of(year, month).lengthOfMonth() + 1;
                String text = String.format("%04d-%02d-%02dT00:00:00Z", year, month, day);
                accepted.addAll(outcome(Timestamps::parseRfc3339, text).equals("ERROR") ? List.of() : List.of(text));
            }
        }

        assertThat(accepted).isEmpty();
    }

    @Test
    void daysFromCivilCountsFromTheEpoch() {
        assertThat(Timestamps.daysFromCivil(1970, 1, 1)).isZero();
        assertThat(Timestamps.daysFromCivil(1969, 12, 31)).isEqualTo(-1);
        assertThat(Timestamps.daysFromCivil(2000, 3, 1)).isEqualTo(11_017);
        assertThat(Timestamps.daysFromCivil(0, 1, 1)).isEqualTo(-719_528);
    }

    private static String format(LocalDateTime t, String fraction, int offsetMinutes, Random random) {
        char separator = "Tt ".charAt(random.nextInt(3));
        String zone = offsetMinutes == 0 && random.nextBoolean() ? (random.nextBoolean() ? "Z" : "z")
                : String.format("%s%02d:%02d", offsetMinutes < 0 ? "-" : "+", Math.abs(offsetMinutes) / 60,
                        Math.abs(offsetMinutes) % 60);
        return String.format("%04d-%02d-%02d%c%02d:%02d:%02d%s%s", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                separator, t.getHour(), t.getMinute(), t.getSecond(), fraction.isEmpty() ? "" : "." + fraction, zone);
    }

    /** The first three digits of the fraction, padded: truncation, not rounding. */
    private static long millisOf(String fraction) {
        return Long.parseLong((fraction + "000").substring(0, 3));
    }

    private static String outcome(ToLongFunction<String> parser, String input) {
        try {
            return Long.toString(parser.applyAsLong(input));
        } catch (MalformedRecordException e) {
            return "ERROR";
        }
    }
}
