package dev.tokentracker.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tokentracker.report.GraphReport;
import dev.tokentracker.report.TokenTotals;
import java.io.IOException;

/** The contribution-graph JSON (upstream's §4.4 shape plus {@code schemaVersion} and pricing). */
final class GraphJson {

    private GraphJson() {
    }

    static void write(JsonGenerator gen, GraphReport graph, ReportJson.Context context) throws IOException {
        gen.writeStartObject();
        meta(gen, graph.meta());
        summary(gen, graph.summary());
        gen.writeArrayFieldStart("years");
        for (GraphReport.Year year : graph.years()) {
            gen.writeStartObject();
            gen.writeStringField("year", year.year());
            gen.writeNumberField("totalTokens", year.totalTokens());
            ReportJson.money(gen, "totalCost", year.totalCost());
            gen.writeObjectFieldStart("range");
            gen.writeStringField("start", year.start());
            gen.writeStringField("end", year.end());
            gen.writeEndObject();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("contributions");
        for (GraphReport.Day day : graph.contributions()) {
            day(gen, day);
        }
        gen.writeEndArray();
        ReportJson.pricing(gen, graph.pricing(), context);
        gen.writeEndObject();
    }

    private static void meta(JsonGenerator gen, GraphReport.Meta meta) throws IOException {
        gen.writeObjectFieldStart("meta");
        gen.writeNumberField("schemaVersion", ReportJson.SCHEMA_VERSION);
        gen.writeStringField("generatedAt", meta.generatedAt());
        gen.writeStringField("version", meta.version());
        gen.writeStringField("timezone", meta.timezone());
        gen.writeObjectFieldStart("dateRange");
        gen.writeStringField("start", meta.dateStart());
        gen.writeStringField("end", meta.dateEnd());
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void summary(JsonGenerator gen, GraphReport.Summary s) throws IOException {
        gen.writeObjectFieldStart("summary");
        gen.writeNumberField("totalTokens", s.totalTokens());
        ReportJson.money(gen, "totalCost", s.totalCost());
        gen.writeNumberField("totalDays", s.totalDays());
        gen.writeNumberField("activeDays", s.activeDays());
        ReportJson.money(gen, "averagePerDay", s.averagePerDay());
        ReportJson.money(gen, "maxCostInSingleDay", s.maxCostInSingleDay());
        gen.writeArrayFieldStart("sources");
        for (String source : s.sources()) {
            gen.writeString(source);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("models");
        for (String model : s.models()) {
            gen.writeString(model);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void day(JsonGenerator gen, GraphReport.Day day) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("date", day.date());
        gen.writeObjectFieldStart("totals");
        gen.writeNumberField("tokens", day.usage().tokens().total());
        ReportJson.money(gen, "cost", day.usage().cost());
        gen.writeNumberField("messages", day.usage().messages());
        gen.writeEndObject();
        gen.writeNumberField("intensity", day.intensity());
        breakdown(gen, "tokenBreakdown", day.usage().tokens());
        gen.writeArrayFieldStart("sources");
        for (GraphReport.Entry entry : day.sources()) {
            gen.writeStartObject();
            gen.writeStringField("source", entry.source().id());
            gen.writeStringField("modelId", entry.modelId());
            gen.writeStringField("providerId", entry.providerId());
            breakdown(gen, "tokens", entry.usage().tokens());
            ReportJson.money(gen, "cost", entry.usage().cost());
            gen.writeNumberField("messages", entry.usage().messages());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void breakdown(JsonGenerator gen, String field, TokenTotals t) throws IOException {
        gen.writeObjectFieldStart(field);
        gen.writeNumberField("input", t.input());
        gen.writeNumberField("output", t.output());
        gen.writeNumberField("cacheRead", t.cacheRead());
        gen.writeNumberField("cacheWrite", t.cacheWrite());
        gen.writeNumberField("reasoning", t.reasoning());
        gen.writeEndObject();
    }
}
