package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The date flags of SPEC §4 with the fixed clock (2026-03-15T12:00Z): what each selects, which
 * combinations are usage errors, and the message a malformed value gets (exit 2, showing the
 * expected form).
 */
class DateFlagsTest {

    static Stream<Arguments> ranges() {
        return Stream.of(
                range("today", "--today"),
                range("week", "--week"),
                range("month", "--month"),
                range("year-2026", "--year", "2026"),
                range("year-2025-empty", "--year", "2025"),
                range("since", "--since", "2026-03-10"),
                range("until", "--until", "2026-01-31"),
                range("since-until", "--since", "2026-02-01", "--until", "2026-02-28"),
                range("year-and-since", "--year", "2026", "--since", "2026-03-13"),
                range("week-json", "--week", "--json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ranges")
    void rangeMatchesGolden(String golden, List<String> flags) {
        CliRun run = new CliRun().run(daily(flags));

        run.matchesGolden("dates/" + golden);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void sinceAfterUntilIsAUsageErrorNotAnEmptyReport() {
        CliRun run = new CliRun().run("daily", "--home", "$MIXED", "--since", "2026-03-01", "--until", "2026-02-01");

        run.matchesGolden("dates/since-after-until");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void modelTitleNamesTheMonth() {
        CliRun run = new CliRun().run("models", "--month", "--home", "$MIXED");

        run.matchesGolden("dates/models-month");
        assertThat(run.out()).startsWith("\n  Token Usage Report by Model (March 2026)\n");
    }

    @Test
    void todayFollowsTheReportZone() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-03-14T20:00:00Z"), ZoneId.of("UTC"));

        CliRun utc = new CliRun().clock(lateEvening).run("daily", "--today", "--json", "--home", "$MIXED");
        CliRun seoul = new CliRun().clock(lateEvening)
                .run("daily", "--today", "--json", "--timezone", "Asia/Seoul", "--home", "$MIXED");

        utc.matchesGolden("dates/today-late-utc");
        seoul.matchesGolden("dates/today-late-seoul");
        assertThat(utc.out()).contains("\"date\": \"2026-03-14\"").doesNotContain("\"date\": \"2026-03-15\"");
        assertThat(seoul.out()).contains("\"date\": \"2026-03-15\"").doesNotContain("\"date\": \"2026-03-14\"");
    }

    static Stream<Arguments> conflicts() {
        return Stream.of(
                range("conflict-today-week", "--today", "--week"),
                range("conflict-week-month", "--week", "--month"),
                range("conflict-today-month", "--today", "--month"),
                range("conflict-today-since", "--today", "--since", "2026-03-01"),
                range("conflict-week-until", "--week", "--until", "2026-03-01"),
                range("conflict-month-year", "--month", "--year", "2026"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conflicts")
    void ambiguousCombinationIsAUsageError(String golden, List<String> flags) {
        CliRun run = new CliRun().run(daily(flags));

        run.matchesGolden("dates/" + golden);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                range("malformed-since-unpadded", "--since", "2026-3-01"),
                range("malformed-until-february-30", "--until", "2026-02-30"),
                range("malformed-since-word", "--since", "yesterday"),
                range("malformed-since-slashes", "--since", "2026/03/01"),
                range("malformed-year-two-digits", "--year", "26"),
                range("malformed-year-word", "--year", "twenty"),
                range("malformed-year-five-digits", "--year", "20260"),
                range("malformed-timezone", "--timezone", "Mars/Olympus"),
                range("malformed-since-missing-value", "--since"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedValueIsAUsageErrorShowingTheExpectedForm(String golden, List<String> flags) {
        CliRun run = new CliRun().run(daily(flags));

        run.matchesGolden("dates/" + golden);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: ").contains("--help");
    }

    @Test
    void malformedDateMessageShowsTheForm() {
        CliRun run = new CliRun().run("daily", "--since", "15.03.2026", "--home", "$MIXED");

        assertThat(run.err()).contains("YYYY-MM-DD").contains("'15.03.2026'");
    }

    private static String[] daily(List<String> flags) {
        Stream<String> head = Stream.of("daily", "--home", "$MIXED");
        return Stream.concat(head, flags.stream()).toArray(String[]::new);
    }

    private static Arguments range(String golden, String... flags) {
        return Arguments.of(golden, List.of(flags));
    }
}
