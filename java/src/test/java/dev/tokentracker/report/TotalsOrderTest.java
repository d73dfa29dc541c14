package dev.tokentracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Money;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.pricing.CostMode;
import dev.tokentracker.pricing.ModelRates;
import dev.tokentracker.pricing.ModelResolver;
import dev.tokentracker.pricing.PriceOrigin;
import dev.tokentracker.pricing.PriceTable;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7/§8: no printed number depends on the order in which messages are summed. Costs are
 * integer picodollars and token sums saturate, so every report is identical for every order of
 * the same messages — including sub-cent costs that binary floating point would round
 * differently, and token totals that saturate.
 */
class TotalsOrderTest {

    private static final long A = ModelRates.ABSENT;
    /** Odd rates so that per-message costs carry many decimals: $0.1234567/M, $0.9876543/M. */
    private static final PriceTable PRICES = new PriceTable(Map.of(
            "model-a", new ModelRates(123_457, 987_654, 12_345, 154_321, A, 246_914, 1_481_481, A, A, A),
            "model-b", new ModelRates(3_000_001, 15_000_007, A, A, A, A, A, A, A, A)),
            new PriceOrigin(PriceOrigin.Kind.SNAPSHOT, null, "test"));

    private static List<UsageMessage> messages() {
        Random random = new Random(42);
        List<UsageMessage> list = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String model = switch (i % 3) {
                case 0 -> "model-a";
                case 1 -> "model-b";
                default -> "unpriced-model";
            };
            long day = 20_500 + random.nextInt(60);
            list.add(new UsageMessage(Source.values()[i % 4], model, "p", "s", day * 86_400_000L + random.nextInt(86_400_000),
                    random.nextInt(250_000), random.nextInt(5_000), random.nextInt(100_000), random.nextInt(20_000), 0,
                    random.nextInt(3_000), i % 7 == 0 ? random.nextInt(1_000_000_000) : UsageMessage.NO_REPORTED_COST,
                    CostRule.REPORTED_FIRST));
        }
        // Two messages whose output sums past 2^63 − 1: the saturating total is the same in any order.
        list.add(new UsageMessage(Source.CODEX, "model-b", "p", "s", 20_510 * 86_400_000L, 0, Long.MAX_VALUE - 5, 0, 0, 0,
                0, UsageMessage.NO_REPORTED_COST, CostRule.REPORTED_FIRST));
        list.add(new UsageMessage(Source.CODEX, "model-b", "p", "s", 20_511 * 86_400_000L, 0, 10, 0, 0, 0, 0,
                UsageMessage.NO_REPORTED_COST, CostRule.REPORTED_FIRST));
        return list;
    }

    private static List<Report> reports(List<UsageMessage> messages) {
        MessagePricer.Priced priced = new MessagePricer(new ModelResolver(PRICES), CostMode.AUTO,
                ZoneTable.of(ZoneOffset.UTC), DateFilter.ALL).price(messages);
        return List.of(ModelAggregator.build(priced),
                PeriodAggregator.build(priced, PeriodReport.Granularity.MONTH),
                PeriodAggregator.build(priced, PeriodReport.Granularity.DAY),
                GraphAggregator.build(priced, "test", "UTC"));
    }

    @Test
    void everyOrderOfTheSameMessagesGivesTheSameReports() {
        List<UsageMessage> messages = messages();
        List<Report> expected = reports(messages);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<UsageMessage> shuffled = new ArrayList<>(messages);
            Collections.shuffle(shuffled, random);

            assertThat(reports(shuffled)).isEqualTo(expected);
        }
        List<UsageMessage> reversed = new ArrayList<>(messages);
        Collections.reverse(reversed);
        assertThat(reports(reversed)).isEqualTo(expected);
    }

    @Test
    void theTotalCostIsTheExactSumOfTheMessageCosts() {
        MessagePricer.Priced priced = new MessagePricer(new ModelResolver(PRICES), CostMode.AUTO,
                ZoneTable.of(ZoneOffset.UTC), DateFilter.ALL).price(messages());
        BigInteger sum = BigInteger.ZERO;
        for (PricedMessage m : priced.messages()) {
            sum = sum.add(m.usage().cost().picos());
        }

        Money total = ModelAggregator.build(priced).total().cost();

        assertThat(total.picos()).isEqualTo(sum);
        assertThat(ModelAggregator.build(priced).total().tokens().output()).isEqualTo(Long.MAX_VALUE);
        assertThat(priced.notes().unpricedModels()).containsExactly("unpriced-model");
    }
}
