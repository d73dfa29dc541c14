package dev.tokentracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offset table must give the same local date as java.time for every instant from 1900 to
 * 2200: random instants, and every transition (the millisecond before, at and after it).
 */
class ZoneTableTest {

    private static final long FROM = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
    private static final long TO = Instant.parse("2200-01-01T00:00:00Z").toEpochMilli();
    private static final long DAY_MS = 86_400_000L;

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Asia/Seoul", "Asia/Kolkata", "Pacific/Chatham", "America/New_York",
        "Europe/London", "Europe/Dublin", "Australia/Lord_Howe", "America/St_Johns", "Africa/Casablanca",
        "America/Sao_Paulo", "Pacific/Kiritimati", "Pacific/Apia", "Asia/Kathmandu", "America/Anchorage"})
    void randomInstantsGiveJavaTimesDate(String zoneName) {
        ZoneId zone = ZoneId.of(zoneName);
        ZoneTable table = ZoneTable.of(zone);
        Random random = new Random(zoneName.hashCode());

        for (int i = 0; i < 20_000; i++) {
            long ms = FROM + Math.floorMod(random.nextLong(), TO - FROM);
            assertThat(table.epochDay(ms)).as("%s at %s", zoneName, Instant.ofEpochMilli(ms))
                    .isEqualTo(javaDay(ms, zone));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "Pacific/Chatham", "Australia/Lord_Howe", "Europe/Dublin",
        "Africa/Casablanca", "Pacific/Apia", "Asia/Kolkata"})
    void everyTransitionGivesJavaTimesDateAroundIt(String zoneName) {
        ZoneId zone = ZoneId.of(zoneName);
        ZoneTable table = ZoneTable.of(zone);
        ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.ofEpochMilli(FROM));

        while (next != null && next.getInstant().toEpochMilli() < TO) {
            long at = next.getInstant().toEpochMilli();
            for (long ms : new long[] {at - 1, at, at + 1, at - DAY_MS / 2, at + DAY_MS / 2}) {
                assertThat(table.epochDay(ms)).as("%s at %s", zoneName, Instant.ofEpochMilli(ms))
                        .isEqualTo(javaDay(ms, zone));
            }
            next = zone.getRules().nextTransition(next.getInstant());
        }
    }

    @Test
    void seoulMovesTheLastMinutesOfAUtcDayToTheNextDay() {
        ZoneTable seoul = ZoneTable.of(ZoneId.of("Asia/Seoul"));
        long beforeMidnightUtc = Instant.parse("2026-03-14T23:58:30Z").toEpochMilli();
        long seoulMidnight = Instant.parse("2026-03-14T15:00:00Z").toEpochMilli();

        assertThat(seoul.epochDay(beforeMidnightUtc)).isEqualTo(day("2026-03-15"));
        assertThat(seoul.epochDay(seoulMidnight - 1)).isEqualTo(day("2026-03-14"));
        assertThat(seoul.epochDay(seoulMidnight)).isEqualTo(day("2026-03-15"));
    }

    @Test
    void chathamQuarterHourOffsetIsExact() {
        ZoneTable chatham = ZoneTable.of(ZoneId.of("Pacific/Chatham"));
        // Summer offset +13:45: local midnight of 2026-01-10 is 2026-01-09T10:15Z.
        long localMidnight = Instant.parse("2026-01-09T10:15:00Z").toEpochMilli();

        assertThat(chatham.epochDay(localMidnight - 1)).isEqualTo(day("2026-01-09"));
        assertThat(chatham.epochDay(localMidnight)).isEqualTo(day("2026-01-10"));
    }

    @Test
    void beforeNineteenHundredTheFirstListedOffsetApplies() {
        // New York kept local mean time (-4:56:02) until 1883; the table starts in 1900 with EST.
        ZoneTable newYork = ZoneTable.of(ZoneId.of("America/New_York"));
        long ms = Instant.parse("1850-06-01T04:58:00Z").toEpochMilli();

        assertThat(newYork.epochDay(ms)).isEqualTo(day("1850-05-31"));
        assertThat(javaDay(ms, ZoneId.of("America/New_York"))).isEqualTo(day("1850-06-01"));
    }

    @Test
    void afterTwentyTwoHundredTheLastListedOffsetApplies() {
        // The last transition before 2200 is the return to EST in November 2199: no more DST.
        ZoneTable newYork = ZoneTable.of(ZoneId.of("America/New_York"));
        long ms = Instant.parse("2300-07-01T04:30:00Z").toEpochMilli();

        assertThat(newYork.epochDay(ms)).isEqualTo(day("2300-06-30"));
    }

    @Test
    void tableListsTheZoneAndStartsWithAnOpenEnd() {
        ZoneTable table = ZoneTable.of(ZoneId.of("Asia/Seoul"));

        assertThat(table.zoneId()).isEqualTo("Asia/Seoul");
        assertThat(table.starts()[0]).isEqualTo(Long.MIN_VALUE);
        assertThat(table.starts()).isSorted().hasSameSizeAs(table.offsets());
        assertThat(table.offsets()[table.offsets().length - 1]).isEqualTo(9 * 3600);
    }

    private static long javaDay(long ms, ZoneId zone) {
        return Instant.ofEpochMilli(ms).atZone(zone).toLocalDate().toEpochDay();
    }

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }
}
