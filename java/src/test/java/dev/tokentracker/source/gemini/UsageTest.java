package dev.tokentracker.source.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import org.junit.jupiter.api.Test;

class UsageTest {

    @Test
    void mapsOverlappingCountsIntoDisjointBuckets() {
        Usage usage = new Usage("m1", "gemini-2.5-pro", 1_000L, new Tokens(6588, 26, 6078, 133, 120));

        UsageMessage message = usage.toMessage("s1");

        assertThat(usage.clamped()).isFalse();
        assertThat(message.input()).isEqualTo(6588 - 6078 + 120);
        assertThat(message.cacheRead()).isEqualTo(6078);
        assertThat(message.output()).isEqualTo(26);
        assertThat(message.reasoning()).isEqualTo(133);
        assertThat(message.cacheWrite()).isZero();
        // Gemini's total is input + output + thoughts + tool: nothing is lost or counted twice.
        assertThat(message.totalTokens()).isEqualTo(6588 + 26 + 133 + 120);
        assertThat(message.source()).isEqualTo(Source.GEMINI);
        assertThat(message.providerId()).isEqualTo("google");
        assertThat(message.sessionId()).isEqualTo("s1");
        assertThat(message.hasReportedCost()).isFalse();
        assertThat(message.costRule()).isEqualTo(CostRule.REPORTED_FIRST);
    }

    @Test
    void cachedAboveInputIsClampedAtZero() {
        Usage usage = new Usage("m1", "m", 0L, new Tokens(100, 0, 150, 0, 20));

        assertThat(usage.clamped()).isTrue();
        assertThat(usage.toMessage("s").input()).isEqualTo(20);
    }

    @Test
    void cachedEqualToInputIsNotClamped() {
        Usage usage = new Usage("m1", "m", 0L, new Tokens(150, 0, 150, 0, 0));

        assertThat(usage.clamped()).isFalse();
        assertThat(usage.toMessage("s").input()).isZero();
    }

    @Test
    void toolTokensSaturateInsteadOfOverflowing() {
        Usage usage = new Usage("m1", "m", 0L, new Tokens(Long.MAX_VALUE, 0, 0, 0, Long.MAX_VALUE));

        assertThat(usage.toMessage("s").input()).isEqualTo(Long.MAX_VALUE);
    }
}
