package dev.tokentracker.pricing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bundled price snapshot: a generated resource ({@code pricing/litellm-snapshot.json}) holding
 * only the chat models and the rates the tool uses, in picodollars per token, with the date of the
 * LiteLLM data it was made from. {@code scripts/update-pricing-snapshot.sh} writes it.
 */
public final class PriceSnapshot {

    public static final String RESOURCE = "/pricing/litellm-snapshot.json";
    private static final int FORMAT = 1;

    private PriceSnapshot() {
    }

    /** The snapshot bundled in the jar, or an empty table when the resource is missing. */
    public static PriceTable bundled() throws IOException {
        try (InputStream in = PriceSnapshot.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return PriceTable.empty(new PriceOrigin(PriceOrigin.Kind.NONE, null, RESOURCE));
            }
            return read(in);
        }
    }

    public static PriceTable read(InputStream in) throws IOException {
        Map<String, ModelRates> rates = new TreeMap<>();
        String source = null;
        LocalDate date = null;
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "source" -> source = parser.getText();
                    case "sourceDate" -> date = LocalDate.parse(parser.getText());
                    case "models" -> readModels(parser, rates);
                    default -> parser.skipChildren();
                }
            }
        }
        return new PriceTable(rates, new PriceOrigin(PriceOrigin.Kind.SNAPSHOT,
                date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant(), source));
    }

    private static void readModels(JsonParser parser, Map<String, ModelRates> rates) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            long[] values = new long[RateField.values().length];
            Arrays.fill(values, ModelRates.ABSENT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                RateField field = RateField.bySnapshotName(parser.currentName());
                parser.nextToken();
                if (field != null) {
                    values[field.ordinal()] = parser.getLongValue();
                }
            }
            rates.put(key, ModelRates.fromArray(values));
        }
    }

    /** Writes a snapshot: stable key order, one model per line, so refreshes diff well. */
    public static void write(Map<String, ModelRates> rates, String source, LocalDate sourceDate, OutputStream out)
            throws IOException {
        StringBuilder text = new StringBuilder(rates.size() * 160);
        text.append("{\"format\":").append(FORMAT)
                .append(",\"source\":").append(quote(source))
                .append(",\"sourceDate\":\"").append(sourceDate)
                .append("\",\"units\":\"picodollars per token\"")
                .append(",\"generatedBy\":\"scripts/update-pricing-snapshot.sh\"")
                .append(",\"models\":{");
        String separator = "\n";
        for (Map.Entry<String, ModelRates> entry : new TreeMap<>(rates).entrySet()) {
            text.append(separator).append(quote(entry.getKey())).append(":{");
            long[] values = entry.getValue().toArray();
            String fieldSeparator = "";
            for (RateField field : RateField.values()) {
                if (values[field.ordinal()] != ModelRates.ABSENT) {
                    text.append(fieldSeparator).append('"').append(field.snapshotName).append("\":")
                            .append(values[field.ordinal()]);
                    fieldSeparator = ",";
                }
            }
            text.append('}');
            separator = ",\n";
        }
        text.append("\n}}\n");
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("price snapshot: expected " + expected + " but found " + actual);
        }
    }
}
