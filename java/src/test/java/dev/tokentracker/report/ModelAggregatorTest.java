package dev.tokentracker.report;

import static dev.tokentracker.report.PricedMessages.all;
import static dev.tokentracker.report.PricedMessages.priced;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Money;
import dev.tokentracker.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelAggregatorTest {

    @Test
    void oneRowPerSourceProviderAndModelWithSums() {
        ModelReport report = ModelAggregator.build(all(
                priced(Source.CLAUDE, "claude-sonnet-4-5", "anthropic", "2026-03-01", 100, 10, 5),
                priced(Source.CLAUDE, "claude-sonnet-4-5", "anthropic", "2026-03-02", 200, 20, 7),
                priced(Source.OPENCODE, "claude-sonnet-4-5", "anthropic", "2026-03-02", 1, 1, 1),
                priced(Source.OPENCODE, "claude-sonnet-4-5", "openrouter", "2026-03-02", 1, 1, 1)));

        assertThat(report.rows()).extracting(r -> r.source().id() + "/" + r.provider() + "/" + r.model())
                .containsExactly("claude/anthropic/claude-sonnet-4-5", "opencode/anthropic/claude-sonnet-4-5",
                        "opencode/openrouter/claude-sonnet-4-5");
        ModelRow first = report.rows().getFirst();
        assertThat(first.usage().tokens()).isEqualTo(new TokenTotals(300, 30, 0, 0, 0));
        assertThat(first.usage().messages()).isEqualTo(2);
        assertThat(first.usage().cost()).isEqualTo(Money.ofPicos(12));
        assertThat(report.total().messages()).isEqualTo(4);
        assertThat(report.total().cost()).isEqualTo(Money.ofPicos(14));
        assertThat(report.total().tokens().total()).isEqualTo(334);
    }

    @Test
    void costDescendingThenTotalTokensDescending() {
        ModelReport report = ModelAggregator.build(all(
                priced(Source.CODEX, "cheap-small", "openai", "2026-03-01", 10, 0, 1),
                priced(Source.CODEX, "cheap-large", "openai", "2026-03-01", 1000, 0, 1),
                priced(Source.CODEX, "dear", "openai", "2026-03-01", 1, 0, 1_000)));

        assertThat(report.rows()).extracting(ModelRow::model).containsExactly("dear", "cheap-large", "cheap-small");
    }

    @Test
    void tiesAreBrokenBySourceIdThenModelThenProvider() {
        ModelReport report = ModelAggregator.build(all(
                priced(Source.OPENCODE, "m", "zeta", "2026-03-01", 5, 5, 0),
                priced(Source.OPENCODE, "m", "alpha", "2026-03-01", 5, 5, 0),
                priced(Source.CURSOR, "m", "cursor", "2026-03-01", 5, 5, 0),
                priced(Source.CLAUDE, "z", "anthropic", "2026-03-01", 5, 5, 0),
                priced(Source.CLAUDE, "a", "anthropic", "2026-03-01", 5, 5, 0),
                priced(Source.CODEX, "m", "openai", "2026-03-01", 5, 5, 0),
                priced(Source.GEMINI, "m", "google", "2026-03-01", 5, 5, 0)));

        // Source ids sort as text: claude, codex, cursor, gemini, opencode (not enum order).
        assertThat(report.rows()).extracting(r -> r.source().id() + "/" + r.model() + "/" + r.provider())
                .containsExactly("claude/a/anthropic", "claude/z/anthropic", "codex/m/openai", "cursor/m/cursor",
                        "gemini/m/google", "opencode/m/alpha", "opencode/m/zeta");
    }

    @Test
    void orderIsTotalSoInputOrderNeverShows() {
        List<PricedMessage> messages = new ArrayList<>();
        for (Source source : Source.values()) {
            for (String model : List.of("a", "b")) {
                for (String provider : List.of("p", "q")) {
                    messages.add(priced(source, model, provider, "2026-03-01", 3, 3, model.equals("a") ? 2 : 0));
                }
            }
        }
        List<ModelRow> expected = ModelAggregator.build(all(messages)).rows();
        Random random = new Random(42);

        for (int i = 0; i < 50; i++) {
            Collections.shuffle(messages, random);
            assertThat(ModelAggregator.build(all(messages)).rows()).isEqualTo(expected);
        }
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < expected.size(); j++) {
                assertThat(Integer.signum(ModelAggregator.ORDER.compare(expected.get(i), expected.get(j))))
                        .isEqualTo(Integer.compare(i, j));
            }
        }
    }

    @Test
    void noMessagesIsAnEmptyReport() {
        ModelReport report = ModelAggregator.build(all());

        assertThat(report.isEmpty()).isTrue();
        assertThat(report.total()).isEqualTo(Usage.ZERO);
    }
}
