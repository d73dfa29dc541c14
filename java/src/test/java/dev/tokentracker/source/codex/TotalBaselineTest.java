package dev.tokentracker.source.codex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TotalBaselineTest {

    private final TotalBaseline baseline = new TotalBaseline();

    @Test
    void firstTotalIsMeasuredFromZero() {
        assertThat(baseline.advance(usage(100, 60, 10, 4), null)).isEqualTo(usage(100, 60, 10, 4));
    }

    @Test
    void allZeroFirstTotalIsARepeatOfTheZeroBaseline() {
        assertThat(baseline.advance(TokenUsage.ZERO, usage(5, 0, 0, 0))).isNull();
    }

    @Test
    void growthIsTheCounterWiseDifference() {
        baseline.advance(usage(100, 60, 10, 4), null);

        assertThat(baseline.advance(usage(250, 60, 30, 4), usage(999, 0, 0, 0))).isEqualTo(usage(150, 0, 20, 0));
    }

    @Test
    void sameTotalAgainIsARepeat() {
        baseline.advance(usage(100, 60, 10, 4), null);

        assertThat(baseline.advance(usage(100, 60, 10, 4), usage(100, 60, 10, 4))).isNull();
    }

    @Test
    void anyCounterLowerMeansARestartAndUsesLastUsage() {
        baseline.advance(usage(100, 60, 10, 4), null);

        assertThat(baseline.advance(usage(500, 300, 9, 4), usage(40, 20, 9, 0))).isEqualTo(usage(40, 20, 9, 0));
    }

    @Test
    void restartWithoutLastUsageUsesTheTotal() {
        baseline.advance(usage(100, 60, 10, 4), null);

        assertThat(baseline.advance(usage(30, 0, 5, 0), null)).isEqualTo(usage(30, 0, 5, 0));
    }

    @Test
    void restartedTotalBecomesTheBaseline() {
        baseline.advance(usage(100, 60, 10, 4), null);
        baseline.advance(usage(30, 0, 5, 0), usage(30, 0, 5, 0));

        assertThat(baseline.advance(usage(45, 10, 8, 1), null)).isEqualTo(usage(15, 10, 3, 1));
    }

    @Test
    void totalEqualToAnEarlierOneIsARepeatEvenAfterTheBaselineMoved() {
        baseline.advance(usage(100, 60, 10, 4), null);
        baseline.advance(usage(200, 120, 20, 8), null);
        baseline.advance(usage(10, 0, 1, 0), usage(10, 0, 1, 0));

        assertThat(baseline.advance(usage(200, 120, 20, 8), usage(100, 60, 10, 4))).isNull();
        assertThat(baseline.advance(usage(260, 150, 25, 8), null)).isEqualTo(usage(60, 30, 5, 0));
    }

    private static TokenUsage usage(long input, long cached, long output, long reasoning) {
        return new TokenUsage(input, cached, output, reasoning);
    }
}
