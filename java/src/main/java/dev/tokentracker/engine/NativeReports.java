package dev.tokentracker.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tokentracker.model.Money;
import dev.tokentracker.model.Source;
import dev.tokentracker.report.GraphReport;
import dev.tokentracker.report.ModelPricing;
import dev.tokentracker.report.ModelReport;
import dev.tokentracker.report.ModelRow;
import dev.tokentracker.report.PeriodReport;
import dev.tokentracker.report.PeriodRow;
import dev.tokentracker.report.PricingNotes;
import dev.tokentracker.report.Report;
import dev.tokentracker.report.TokenTotals;
import dev.tokentracker.report.Usage;
import dev.tokentracker.source.SourceStats;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the native engine's report JSON (docs/abi.md, "Reports") into the same report records
 * the Java engine builds, so that one renderer prints both and the parity tests can compare them
 * field by field. Lists arrive in report order and are kept as they are.
 */
final class NativeReports {

    private NativeReports() {
    }

    static Finalized read(ReportKind kind, String json) {
        JsonNode root = NativePayloads.tree(json);
        Report report = switch (kind) {
            case MODELS -> models(root);
            case MONTHLY -> periods(root, PeriodReport.Granularity.MONTH);
            case DAILY -> periods(root, PeriodReport.Granularity.DAY);
            case GRAPH -> graph(root);
        };
        JsonNode cursor = root.get("cursor");
        SourceStats cursorStats = cursor == null || cursor.isNull() ? null : NativePayloads.sourceStats(Source.CURSOR, cursor);
        return new Finalized(report, cursorStats, strings(root.get("warnings")));
    }

    private static ModelReport models(JsonNode root) {
        List<ModelRow> rows = new ArrayList<>();
        for (JsonNode row : root.get("rows")) {
            rows.add(new ModelRow(Source.fromId(row.get("source").asText()), row.get("provider").asText(),
                    row.get("model").asText(), usage(row.get("usage"))));
        }
        return new ModelReport(rows, usage(root.get("total")), pricing(root.get("pricing")));
    }

    private static PeriodReport periods(JsonNode root, PeriodReport.Granularity granularity) {
        List<PeriodRow> rows = new ArrayList<>();
        for (JsonNode row : root.get("rows")) {
            rows.add(new PeriodRow(row.get("period").asText(), strings(row.get("models")), usage(row.get("usage"))));
        }
        return new PeriodReport(granularity, rows, usage(root.get("total")), pricing(root.get("pricing")));
    }

    private static GraphReport graph(JsonNode root) {
        JsonNode m = root.get("meta");
        GraphReport.Meta meta = new GraphReport.Meta(m.get("generatedAt").asText(), m.get("version").asText(),
                m.get("timezone").asText(), m.get("dateStart").asText(), m.get("dateEnd").asText());
        JsonNode s = root.get("summary");
        GraphReport.Summary summary = new GraphReport.Summary(s.get("totalTokens").asLong(), money(s.get("totalCost")),
                s.get("totalDays").asLong(), s.get("activeDays").asLong(), money(s.get("averagePerDay")),
                money(s.get("maxCostInSingleDay")), strings(s.get("sources")), strings(s.get("models")));
        List<GraphReport.Year> years = new ArrayList<>();
        for (JsonNode y : root.get("years")) {
            years.add(new GraphReport.Year(y.get("year").asText(), y.get("totalTokens").asLong(), money(y.get("totalCost")),
                    y.get("start").asText(), y.get("end").asText()));
        }
        List<GraphReport.Day> days = new ArrayList<>();
        for (JsonNode d : root.get("contributions")) {
            List<GraphReport.Entry> entries = new ArrayList<>();
            for (JsonNode e : d.get("sources")) {
                entries.add(new GraphReport.Entry(Source.fromId(e.get("source").asText()), e.get("modelId").asText(),
                        e.get("providerId").asText(), usage(e.get("usage"))));
            }
            days.add(new GraphReport.Day(d.get("date").asText(), usage(d.get("usage")), d.get("intensity").asInt(), entries));
        }
        return new GraphReport(meta, summary, years, days, pricing(root.get("pricing")));
    }

    private static Usage usage(JsonNode u) {
        return new Usage(new TokenTotals(u.get("input").asLong(), u.get("output").asLong(), u.get("cacheRead").asLong(),
                u.get("cacheWrite").asLong(), u.get("reasoning").asLong()), u.get("messages").asLong(), money(u.get("cost")));
    }

    private static Money money(JsonNode picos) {
        return Money.ofPicosText(picos.asText());
    }

    private static PricingNotes pricing(JsonNode p) {
        List<ModelPricing> models = new ArrayList<>();
        for (JsonNode m : p.get("models")) {
            JsonNode key = m.get("matchedKey");
            models.add(new ModelPricing(m.get("model").asText(), key == null || key.isNull() ? null : key.asText(),
                    m.get("match").asText()));
        }
        return new PricingNotes(models, strings(p.get("unpriced")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
