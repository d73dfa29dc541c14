package dev.tokentracker.pricing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tokentracker.scan.DecimalAmount;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads LiteLLM's {@code model_prices_and_context_window.json} into rates, keeping only what a
 * chat model's cost needs. The same rules make the bundled snapshot ({@link SnapshotTool}) and
 * read a fetched or cached table, so the two can never disagree on what a key means.
 *
 * <p>Rules: an entry is kept when its {@code mode} is {@code chat}, {@code completion} or
 * {@code responses} and it has an input or an output rate. Embedding, image, audio, rerank,
 * moderation, search and similar entries never price a chat model; {@code sample_spec} is
 * documentation. A rate is read from its literal text, exactly (no binary floating point); a
 * negative or non-numeric rate is ignored, and so is any field not listed in {@link RateField}
 * ({@code *_flex}, {@code *_priority}, {@code *_batches}, …).
 */
public final class LiteLlmTable {

    private static final Set<String> CHAT_MODES = Set.of("chat", "completion", "responses");

    private LiteLlmTable() {
    }

    public static Map<String, ModelRates> parse(InputStream in) throws IOException {
        Map<String, ModelRates> table = new TreeMap<>();
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("LiteLLM price table is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                // A repeated key: the last occurrence wins entirely, as everywhere in the tool.
                table.remove(key);
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    continue;
                }
                Entry entry = readEntry(parser);
                if (entry.isChatModel() && !key.equals("sample_spec")) {
                    table.put(key, ModelRates.fromArray(entry.rates));
                }
            }
        }
        return table;
    }

    /** One entry's mode and rates; a repeated field's last occurrence wins, whatever its type. */
    private static Entry readEntry(JsonParser parser) throws IOException {
        Entry entry = new Entry();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("mode")) {
                entry.mode = value == JsonToken.VALUE_STRING ? parser.getText().toLowerCase(Locale.ROOT) : null;
            }
            RateField field = RateField.byLiteLlmName(name);
            if (field != null) {
                long picos = value.isNumeric() ? DecimalAmount.toPicos(parser.getText()) : DecimalAmount.NOT_AN_AMOUNT;
                entry.rates[field.ordinal()] = picos == DecimalAmount.NOT_AN_AMOUNT ? ModelRates.ABSENT : picos;
            }
            parser.skipChildren();
        }
        return entry;
    }

    private static final class Entry {
        String mode;
        final long[] rates = new long[RateField.values().length];

        Entry() {
            Arrays.fill(rates, ModelRates.ABSENT);
        }

        boolean isChatModel() {
            return mode != null && CHAT_MODES.contains(mode)
                    && (rates[RateField.INPUT.ordinal()] != ModelRates.ABSENT
                        || rates[RateField.OUTPUT.ordinal()] != ModelRates.ABSENT);
        }
    }
}
