package dev.tokentracker.report;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Money;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Phase-2 aggregation of priced messages into the model report (group by source, provider,
 * model; exact 128-bit money sums), over {@code messages} messages spread across 12 models.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class AggregationBenchmark {

    private static final String[] MODELS = {
        "claude-sonnet-4-5-20250929", "claude-opus-4-5-20251101", "claude-haiku-4-5-20251001", "claude-opus-4-6",
        "gpt-5-codex", "gpt-5.1-codex", "gpt-5.2-codex", "gemini-2.5-pro", "gemini-2.5-flash", "z-ai/glm-4.6",
        "auto", "composer-1"};
    private static final Source[] SOURCES = {
        Source.CLAUDE, Source.CLAUDE, Source.CLAUDE, Source.CLAUDE, Source.CODEX, Source.CODEX, Source.CODEX,
        Source.GEMINI, Source.GEMINI, Source.OPENCODE, Source.CURSOR, Source.CURSOR};

    @Param({"100000"})
    public int messages;

    private MessagePricer.Priced priced;

    @Setup
    public void makeMessages() {
        Random random = new Random(11);
        List<PricedMessage> list = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            int m = random.nextInt(MODELS.length);
            UsageMessage message = new UsageMessage(SOURCES[m], MODELS[m], "provider", "session",
                    1_760_000_000_000L + i * 60_000L, random.nextInt(10_000), random.nextInt(4_000),
                    random.nextInt(200_000), random.nextInt(20_000), 0, random.nextInt(1_000),
                    UsageMessage.NO_REPORTED_COST, CostRule.PRICED_FIRST);
            list.add(new PricedMessage(message, 20_000 + i / 500, Money.ofPicos(random.nextInt(1_000_000_000))));
        }
        priced = new MessagePricer.Priced(list, PricingNotes.NONE);
    }

    @Benchmark
    public ModelReport modelReport() {
        return ModelAggregator.build(priced);
    }
}
