package dev.tokentracker.report;

import static dev.tokentracker.report.PricedMessages.all;
import static dev.tokentracker.report.PricedMessages.priced;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The aggregators skip the lookup while a message has the previous one's key (and day), judging
 * "the same" by the very same objects. Whatever the runs and however the strings are shared, the
 * sums must be those of adding each message to its own group with {@link Usage#plus}.
 */
class RunsOfOneKeyTest {

    private static final List<Source> SOURCES = List.of(Source.CURSOR, Source.OPENCODE);
    private static final List<String> MODELS = List.of("a", "b");
    private static final List<String> PROVIDERS = List.of("p", "q");
    private static final List<String> DAYS = List.of("2026-01-31", "2026-02-01", "2026-02-02");

    @Test
    void modelRowsAreTheSumsOfTheirMessages() {
        for (List<PricedMessage> messages : samples()) {
            Map<String, Usage> expected = new TreeMap<>();
            messages.forEach(p -> expected.merge(modelKey(p), p.usage(), Usage::plus));

            ModelReport report = ModelAggregator.build(all(messages));

            Map<String, Usage> actual = new TreeMap<>();
            report.rows().forEach(r -> actual.put(r.source().id() + "/" + r.provider() + "/" + r.model(), r.usage()));
            assertThat(actual).isEqualTo(expected);
            assertThat(report.total()).isEqualTo(messages.stream().map(PricedMessage::usage).reduce(Usage.ZERO, Usage::plus));
        }
    }

    @Test
    void periodRowsAreTheSumsOfTheirMessages() {
        for (List<PricedMessage> messages : samples()) {
            for (PeriodReport.Granularity granularity : PeriodReport.Granularity.values()) {
                Map<String, Usage> expectedUsage = new TreeMap<>();
                Map<String, TreeSet<String>> expectedModels = new TreeMap<>();
                for (PricedMessage p : messages) {
                    String period = PeriodAggregator.periodOf(p.epochDay(), granularity);
                    expectedUsage.merge(period, p.usage(), Usage::plus);
                    expectedModels.computeIfAbsent(period, k -> new TreeSet<>()).add(p.message().modelId());
                }

                PeriodReport report = PeriodAggregator.build(all(messages), granularity);

                assertThat(report.rows()).extracting(PeriodRow::period).containsExactlyElementsOf(expectedUsage.keySet());
                for (PeriodRow row : report.rows()) {
                    assertThat(row.usage()).isEqualTo(expectedUsage.get(row.period()));
                    assertThat(row.models()).containsExactlyElementsOf(expectedModels.get(row.period()));
                }
            }
        }
    }

    @Test
    void graphEntriesAreTheSumsOfTheirMessages() {
        for (List<PricedMessage> messages : samples()) {
            Map<String, Usage> expected = new TreeMap<>();
            messages.forEach(p -> expected.merge(p.epochDay() + "/" + modelKey(p), p.usage(), Usage::plus));

            GraphReport graph = GraphAggregator.build(all(messages), "9.9.9", "UTC");

            Map<String, Usage> actual = new TreeMap<>();
            for (GraphReport.Day day : graph.contributions()) {
                long epochDay = java.time.LocalDate.parse(day.date()).toEpochDay();
                day.sources().forEach(e -> actual.put(
                        epochDay + "/" + e.source().id() + "/" + e.providerId() + "/" + e.modelId(), e.usage()));
            }
            assertThat(actual).isEqualTo(expected);
        }
    }

    private static String modelKey(PricedMessage p) {
        return p.message().source().id() + "/" + p.message().providerId() + "/" + p.message().modelId();
    }

    /**
     * Lists of messages in runs of one source, model, provider and day, where the strings are
     * sometimes shared between messages and sometimes equal copies.
     */
    private static List<List<PricedMessage>> samples() {
        Random random = new Random(11);
        List<List<PricedMessage>> samples = new ArrayList<>();
        for (int sample = 0; sample < 200; sample++) {
            List<PricedMessage> messages = new ArrayList<>();
            while (messages.size() < 40) {
                Source source = SOURCES.get(random.nextInt(SOURCES.size()));
                String model = MODELS.get(random.nextInt(MODELS.size()));
                String provider = PROVIDERS.get(random.nextInt(PROVIDERS.size()));
                String day = DAYS.get(random.nextInt(DAYS.size()));
                for (int run = 1 + random.nextInt(4); run > 0; run--) {
                    boolean copies = random.nextBoolean();
                    messages.add(priced(source, copies ? new String(model) : model,
                            copies ? new String(provider) : provider, day,
                            random.nextInt(1000), random.nextInt(1000), random.nextInt(1000)));
                }
            }
            samples.add(messages);
        }
        return samples;
    }
}
