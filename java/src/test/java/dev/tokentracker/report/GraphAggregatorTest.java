package dev.tokentracker.report;

import static dev.tokentracker.report.PricedMessages.all;
import static dev.tokentracker.report.PricedMessages.priced;
import static dev.tokentracker.report.PricedMessages.pricedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.tokentracker.model.Money;
import dev.tokentracker.model.Source;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphAggregatorTest {

    /** Max 400 picodollars: quarters at exactly 100, 200, 300; one picodollar either side. */
    @ParameterizedTest(name = "{0} of 400 → {1}")
    @CsvSource({
        "0,   0",
        "1,   1",
        "99,  1",
        "100, 2",
        "199, 2",
        "200, 3",
        "299, 3",
        "300, 4",
        "400, 4"})
    void intensityThresholdsAreInclusiveQuarters(long cost, int intensity) {
        assertThat(GraphAggregator.intensity(Money.ofPicos(cost), Money.ofPicos(400))).isEqualTo(intensity);
    }

    @Test
    void quarterThatIsNotAWholeNumberOfPicodollarsIsComparedExactly() {
        // max 401: a quarter is 100.25, so 100 is below it and 101 above.
        assertThat(GraphAggregator.intensity(Money.ofPicos(100), Money.ofPicos(401))).isEqualTo(1);
        assertThat(GraphAggregator.intensity(Money.ofPicos(101), Money.ofPicos(401))).isEqualTo(2);
        assertThat(GraphAggregator.intensity(Money.ofPicos(301), Money.ofPicos(401))).isEqualTo(4);
        assertThat(GraphAggregator.intensity(Money.ofPicos(300), Money.ofPicos(401))).isEqualTo(3);
    }

    @Test
    void noCostAnywhereIsIntensityZero() {
        assertThat(GraphAggregator.intensity(Money.ZERO, Money.ZERO)).isZero();
    }

    @Test
    void summaryCountsDaysWithDataAndDaysWithCost() {
        GraphReport graph = GraphAggregator.build(all(
                priced(Source.CLAUDE, "claude-opus-4-5", "anthropic", "2025-12-30", 10, 0, 400),
                priced(Source.GEMINI, "auto-gemini-3", "google", "2025-12-31", 10, 0, 0),
                priced(Source.CODEX, "gpt-5", "openai", "2026-01-02", 10, 0, 100),
                priced(Source.CODEX, "gpt-5", "openai", "2026-01-02", 10, 0, 1)), "9.9.9", "UTC");

        GraphReport.Summary s = graph.summary();
        assertThat(s.totalDays()).isEqualTo(3);
        assertThat(s.activeDays()).isEqualTo(2);
        assertThat(s.totalCost()).isEqualTo(Money.ofPicos(501));
        // 501 / 2 active days = 250.5, rounded down to the picodollar.
        assertThat(s.averagePerDay()).isEqualTo(Money.ofPicos(250));
        assertThat(s.maxCostInSingleDay()).isEqualTo(Money.ofPicos(400));
        assertThat(s.totalTokens()).isEqualTo(40);
        assertThat(s.sources()).containsExactly("claude", "codex", "gemini");
        assertThat(s.models()).containsExactly("auto-gemini-3", "claude-opus-4-5", "gpt-5");
        assertThat(graph.contributions()).extracting(GraphReport.Day::date, GraphReport.Day::intensity)
                .containsExactly(tuple("2025-12-30", 4),
                        tuple("2025-12-31", 0),
                        tuple("2026-01-02", 2));
    }

    @Test
    void yearsAscendWithTheirFirstAndLastDays() {
        GraphReport graph = GraphAggregator.build(all(
                priced(Source.CLAUDE, "m", "p", "2026-02-01", 5, 0, 7),
                priced(Source.CLAUDE, "m", "p", "2025-03-01", 1, 0, 2),
                priced(Source.CLAUDE, "m", "p", "2025-11-30", 2, 0, 3),
                priced(Source.CLAUDE, "m", "p", "2026-01-05", 4, 0, 5)), "9.9.9", "UTC");

        assertThat(graph.years()).containsExactly(
                new GraphReport.Year("2025", 3, Money.ofPicos(5), "2025-03-01", "2025-11-30"),
                new GraphReport.Year("2026", 9, Money.ofPicos(12), "2026-01-05", "2026-02-01"));
        assertThat(graph.meta().dateStart()).isEqualTo("2025-03-01");
        assertThat(graph.meta().dateEnd()).isEqualTo("2026-02-01");
    }

    @Test
    void dayEntriesAreOnePerSourceModelAndProviderInThatOrder() {
        GraphReport graph = GraphAggregator.build(all(
                priced(Source.OPENCODE, "glm", "zai", "2026-03-01", 1, 0, 1),
                priced(Source.OPENCODE, "glm", "openrouter", "2026-03-01", 1, 0, 1),
                priced(Source.CURSOR, "auto", "cursor", "2026-03-01", 1, 0, 1),
                priced(Source.CLAUDE, "b", "anthropic", "2026-03-01", 1, 0, 1),
                priced(Source.CLAUDE, "a", "anthropic", "2026-03-01", 1, 0, 1),
                priced(Source.CLAUDE, "a", "anthropic", "2026-03-01", 2, 3, 1)), "9.9.9", "UTC");

        GraphReport.Day day = graph.contributions().getFirst();
        assertThat(day.sources()).extracting(e -> e.source().id() + "/" + e.modelId() + "/" + e.providerId())
                .containsExactly("claude/a/anthropic", "claude/b/anthropic", "cursor/auto/cursor",
                        "opencode/glm/openrouter", "opencode/glm/zai");
        assertThat(day.sources().getFirst().usage()).isEqualTo(new Usage(new TokenTotals(3, 3, 0, 0, 0), 2,
                Money.ofPicos(2)));
        assertThat(day.usage().messages()).isEqualTo(6);
    }

    @Test
    void generatedAtIsTheNewestMessageNotTheClock() {
        GraphReport graph = GraphAggregator.build(all(
                pricedAt(Source.CLAUDE, "m", "p", Instant.parse("2026-03-15T00:01:10.250Z"), 1, 0, 1),
                pricedAt(Source.CLAUDE, "m", "p", Instant.parse("2026-01-01T00:00:00Z"), 1, 0, 1)), "9.9.9", "Asia/Seoul");

        assertThat(graph.meta()).isEqualTo(new GraphReport.Meta("2026-03-15T00:01:10.250Z", "9.9.9", "Asia/Seoul",
                "2026-01-01", "2026-03-15"));
    }

    @Test
    void noMessagesIsAnEmptyGraphWithEmptyDates() {
        GraphReport graph = GraphAggregator.build(all(), "9.9.9", "UTC");

        assertThat(graph.isEmpty()).isTrue();
        assertThat(graph.meta()).isEqualTo(new GraphReport.Meta("", "9.9.9", "UTC", "", ""));
        assertThat(graph.summary().averagePerDay()).isEqualTo(Money.ZERO);
        assertThat(graph.years()).isEmpty();
    }
}
