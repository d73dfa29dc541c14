package dev.tokentracker.pricing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The snapshot format: only the chat models and the rates the tool uses, in picodollars per
 * token, with where and when the LiteLLM data came from. Two files use it: the snapshot bundled in
 * the jar ({@code pricing/litellm-snapshot.json}, written by {@code scripts/update-pricing-snapshot.sh})
 * and the disk cache ({@link PriceCache}), which adds {@code fetchedAt} (epoch milliseconds).
 * Storing the filtered table keeps the cache about a tenth of LiteLLM's file and cheap to load.
 */
public final class PriceSnapshot {

    public static final String RESOURCE = "/pricing/litellm-snapshot.json";
    private static final int FORMAT = 1;

    private PriceSnapshot() {
    }

    /**
     * A snapshot file's content.
     *
     * @param source     the URL or description of the LiteLLM data
     * @param sourceDate the date of the LiteLLM data
     * @param fetchedAt  when the data was fetched (cache files only), else null
     */
    public record Document(Map<String, ModelRates> models, String source, LocalDate sourceDate, Instant fetchedAt) {
        public Document {
            models = new TreeMap<>(models);
        }
    }

    /** The snapshot bundled in the jar, or an empty table when the resource is missing. */
    public static PriceTable bundled() throws IOException {
        try (InputStream in = PriceSnapshot.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return PriceTable.empty(new PriceOrigin(PriceOrigin.Kind.NONE, null, RESOURCE));
            }
            Document doc = read(in);
            Instant asOf = doc.sourceDate() == null ? null : doc.sourceDate().atStartOfDay(ZoneOffset.UTC).toInstant();
            return new PriceTable(doc.models(), new PriceOrigin(PriceOrigin.Kind.SNAPSHOT, asOf, doc.source()));
        }
    }

    /**
     * Reads a snapshot file; throws on anything that is not one (wrong shape, wrong format
     * number, a rate that is not a non-negative integer, truncated text).
     */
    public static Document read(InputStream in) throws IOException {
        Map<String, ModelRates> rates = new TreeMap<>();
        String source = null;
        LocalDate date = null;
        Instant fetchedAt = null;
        int format = -1;
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "format" -> format = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : -1;
                    case "source" -> source = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "sourceDate" -> date = value == JsonToken.VALUE_STRING ? parseDate(parser.getText()) : null;
                    case "fetchedAt" -> fetchedAt = readInstant(parser, value);
                    case "models" -> readModels(parser, value, rates);
                    default -> parser.skipChildren();
                }
            }
            expect(parser.currentToken(), JsonToken.END_OBJECT);
            expect(parser.nextToken(), null);
        }
        if (format != FORMAT) {
            throw new IOException("price snapshot: format " + format + ", expected " + FORMAT);
        }
        return new Document(rates, source, date, fetchedAt);
    }

    private static void readModels(JsonParser parser, JsonToken value, Map<String, ModelRates> rates) throws IOException {
        expect(value, JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            long[] values = new long[RateField.values().length];
            Arrays.fill(values, ModelRates.ABSENT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                RateField field = RateField.bySnapshotName(parser.currentName());
                expect(parser.nextToken(), JsonToken.VALUE_NUMBER_INT);
                long rate = parser.getLongValue();
                if (rate < 0) {
                    throw new IOException("price snapshot: negative rate for " + key);
                }
                if (field != null) {
                    values[field.ordinal()] = rate;
                }
            }
            rates.put(key, ModelRates.fromArray(values));
        }
    }

    private static Instant readInstant(JsonParser parser, JsonToken value) throws IOException {
        expect(value, JsonToken.VALUE_NUMBER_INT);
        try {
            return Instant.ofEpochMilli(parser.getLongValue());
        } catch (DateTimeException e) {
            throw new IOException("price snapshot: fetchedAt out of range", e);
        }
    }

    private static LocalDate parseDate(String text) throws IOException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IOException("price snapshot: bad sourceDate " + text, e);
        }
    }

    /** Writes the bundled snapshot: stable key order, one model per line, so refreshes diff well. */
    public static void write(Map<String, ModelRates> rates, String source, LocalDate sourceDate, OutputStream out)
            throws IOException {
        write(new Document(rates, source, sourceDate, null), out);
    }

    /** Writes a snapshot file; {@code fetchedAt} is written only when present (the cache). */
    public static void write(Document doc, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(doc.models().size() * 160);
        text.append("{\"format\":").append(FORMAT)
                .append(",\"source\":").append(quote(doc.source()))
                .append(",\"sourceDate\":\"").append(doc.sourceDate()).append('"');
        if (doc.fetchedAt() != null) {
            text.append(",\"fetchedAt\":").append(doc.fetchedAt().toEpochMilli());
        }
        text.append(",\"units\":\"picodollars per token\"")
                .append(",\"generatedBy\":\"")
                .append(doc.fetchedAt() == null ? "scripts/update-pricing-snapshot.sh" : "token-tracker price cache")
                .append("\",\"models\":{");
        String separator = "\n";
        for (Map.Entry<String, ModelRates> entry : doc.models().entrySet()) {
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
