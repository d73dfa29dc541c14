package dev.tokentracker.report;

import static dev.tokentracker.report.PricedMessages.all;
import static dev.tokentracker.report.PricedMessages.priced;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Money;
import dev.tokentracker.model.Source;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodAggregatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1970-01-01, 1970-01",
        "1969-12-31, 1969-12",
        "2024-02-29, 2024-02",
        "2026-03-15, 2026-03",
        "0001-01-01, 0001-01",
        "9999-12-31, 9999-12"})
    void periodKeysAreTheCivilDayAndMonth(String day, String month) {
        long epochDay = LocalDate.parse(day).toEpochDay();

        assertThat(PeriodAggregator.periodOf(epochDay, PeriodReport.Granularity.DAY)).isEqualTo(day);
        assertThat(PeriodAggregator.periodOf(epochDay, PeriodReport.Granularity.MONTH)).isEqualTo(month);
    }

    @Test
    void monthsAscendWithTheirModelsSortedAndDistinct() {
        PeriodReport report = PeriodAggregator.build(all(
                priced(Source.CODEX, "gpt-5", "openai", "2026-03-02", 10, 1, 3),
                priced(Source.CLAUDE, "claude-opus-4-5", "anthropic", "2026-01-31", 20, 2, 5),
                priced(Source.CLAUDE, "claude-haiku-4-5", "anthropic", "2026-03-01", 30, 3, 7),
                priced(Source.CURSOR, "gpt-5", "openai", "2026-03-31", 40, 4, 11)), PeriodReport.Granularity.MONTH);

        assertThat(report.rows()).extracting(PeriodRow::period).containsExactly("2026-01", "2026-03");
        PeriodRow march = report.rows().get(1);
        assertThat(march.models()).containsExactly("claude-haiku-4-5", "gpt-5");
        assertThat(march.usage().tokens()).isEqualTo(new TokenTotals(80, 8, 0, 0, 0));
        assertThat(march.usage().messages()).isEqualTo(3);
        assertThat(march.usage().cost()).isEqualTo(Money.ofPicos(21));
        assertThat(report.total().cost()).isEqualTo(Money.ofPicos(26));
    }

    @Test
    void daysAscendAcrossYears() {
        PeriodReport report = PeriodAggregator.build(all(
                priced(Source.GEMINI, "gemini-2.5-pro", "google", "2026-01-01", 1, 0, 0),
                priced(Source.GEMINI, "gemini-2.5-pro", "google", "2025-12-31", 1, 0, 0),
                priced(Source.GEMINI, "gemini-2.5-pro", "google", "2026-01-01", 1, 0, 0)), PeriodReport.Granularity.DAY);

        assertThat(report.rows()).extracting(PeriodRow::period).containsExactly("2025-12-31", "2026-01-01");
        assertThat(report.rows().get(1).usage().messages()).isEqualTo(2);
        assertThat(report.rows().get(1).models()).containsExactly("gemini-2.5-pro");
    }
}
