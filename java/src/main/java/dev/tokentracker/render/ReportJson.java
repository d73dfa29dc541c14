package dev.tokentracker.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.tokentracker.model.Money;
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
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The {@code --json} output and the graph export: schema version {@value #SCHEMA_VERSION},
 * documented in {@code docs/json-schema.md}. Written field by field with a streaming generator so
 * the field order is fixed by this code, not by reflection.
 */
public final class ReportJson {

    public static final int SCHEMA_VERSION = 1;

    private ReportJson() {
    }

    /** Context that is not part of the report data but tells how it was made. */
    public record Context(String timezone, String since, String until, String costMode, String pricesFrom,
            String pricesAsOf) {
    }

    public static String render(Report report, Context context) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = generator(out)) {
            switch (report) {
                case ModelReport models -> writeModels(gen, models, context);
                case PeriodReport periods -> writePeriods(gen, periods, context);
                case GraphReport graph -> GraphJson.write(gen, graph, context);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static JsonGenerator generator(StringWriter out) throws IOException {
        JsonGenerator gen = new JsonFactory().createGenerator(out);
        gen.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        gen.setPrettyPrinter(printer);
        return gen;
    }

    private static void writeModels(JsonGenerator gen, ModelReport report, Context context) throws IOException {
        gen.writeStartObject();
        header(gen, "models", context);
        gen.writeArrayFieldStart("rows");
        for (ModelRow row : report.rows()) {
            gen.writeStartObject();
            gen.writeStringField("source", row.source().id());
            gen.writeStringField("provider", row.provider());
            gen.writeStringField("model", row.model());
            usageFields(gen, row.usage());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        totals(gen, report.total());
        pricing(gen, report.pricing(), context);
        gen.writeEndObject();
    }

    private static void writePeriods(JsonGenerator gen, PeriodReport report, Context context) throws IOException {
        boolean monthly = report.granularity() == PeriodReport.Granularity.MONTH;
        gen.writeStartObject();
        header(gen, monthly ? "monthly" : "daily", context);
        gen.writeArrayFieldStart("rows");
        for (PeriodRow row : report.rows()) {
            gen.writeStartObject();
            gen.writeStringField(monthly ? "month" : "date", row.period());
            gen.writeArrayFieldStart("models");
            for (String model : row.models()) {
                gen.writeString(model);
            }
            gen.writeEndArray();
            usageFields(gen, row.usage());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        totals(gen, report.total());
        pricing(gen, report.pricing(), context);
        gen.writeEndObject();
    }

    private static void header(JsonGenerator gen, String kind, Context context) throws IOException {
        gen.writeNumberField("schemaVersion", SCHEMA_VERSION);
        gen.writeStringField("report", kind);
        gen.writeStringField("timezone", context.timezone());
        gen.writeObjectFieldStart("dateRange");
        nullableString(gen, "since", context.since());
        nullableString(gen, "until", context.until());
        gen.writeEndObject();
        gen.writeStringField("costMode", context.costMode());
    }

    private static void totals(JsonGenerator gen, Usage total) throws IOException {
        gen.writeObjectFieldStart("totals");
        usageFields(gen, total);
        gen.writeEndObject();
    }

    static void usageFields(JsonGenerator gen, Usage u) throws IOException {
        TokenTotals t = u.tokens();
        gen.writeNumberField("inputTokens", t.input());
        gen.writeNumberField("outputTokens", t.output());
        gen.writeNumberField("cacheWriteTokens", t.cacheWrite());
        gen.writeNumberField("cacheReadTokens", t.cacheRead());
        gen.writeNumberField("reasoningTokens", t.reasoning());
        gen.writeNumberField("totalTokens", t.total());
        gen.writeNumberField("messages", u.messages());
        money(gen, "cost", u.cost());
    }

    static void money(JsonGenerator gen, String field, Money money) throws IOException {
        gen.writeNumberField(field, money.usd());
    }

    static void pricing(JsonGenerator gen, PricingNotes notes, Context context) throws IOException {
        gen.writeObjectFieldStart("pricing");
        gen.writeStringField("pricesFrom", context.pricesFrom());
        nullableString(gen, "pricesAsOf", context.pricesAsOf());
        gen.writeArrayFieldStart("unpricedModels");
        for (String model : notes.unpricedModels()) {
            gen.writeString(model);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("models");
        for (ModelPricing m : notes.models()) {
            gen.writeStartObject();
            gen.writeStringField("model", m.model());
            nullableString(gen, "matchedKey", m.matchedKey());
            gen.writeStringField("match", m.match());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    static void nullableString(JsonGenerator gen, String field, String value) throws IOException {
        if (value == null) {
            gen.writeNullField(field);
        } else {
            gen.writeStringField(field, value);
        }
    }
}
