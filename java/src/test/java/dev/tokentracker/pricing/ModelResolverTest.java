package dev.tokentracker.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resolution rules one by one, on small tables that isolate each rule and each trap. */
class ModelResolverTest {

    private static final ModelRates RATES = new ModelRates(1, 2, -1, -1, -1, -1, -1, -1, -1, -1);

    private static ModelResolver resolver(String... keys) {
        Map<String, ModelRates> rates = new TreeMap<>();
        for (String key : keys) {
            rates.put(key, RATES);
        }
        return new ModelResolver(new PriceTable(rates, new PriceOrigin(PriceOrigin.Kind.SNAPSHOT, null, "test")));
    }

    private static String keyOf(ModelResolver resolver, String model) {
        Resolution r = resolver.resolve(model);
        return r.matchedKey() == null ? "-" : r.matchedKey() + " (" + r.match().id() + ")";
    }

    @ParameterizedTest(name = "{0} with table {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # exact wins over everything
            claude-sonnet-4-5                          | claude-sonnet-4-5 anthropic/claude-sonnet-4-5 | claude-sonnet-4-5 (exact)
            # provider prefix removed, repeatedly
            openrouter/anthropic/claude-x-1             | anthropic/claude-x-1 claude-x-1               | anthropic/claude-x-1 (provider-prefix)
            openrouter/anthropic/claude-x-1             | claude-x-1                                    | claude-x-1 (provider-prefix)
            # an unknown first segment is not a provider
            someone/claude-x-1                          | claude-x-1                                    | -
            # provider prefix added, in the documented order
            grok-9                                      | xai/grok-9 openai/grok-9                      | openai/grok-9 (provider-prefix)
            # a vendor/model id is OpenRouter's naming
            vendor/model-1                              | openrouter/vendor/model-1                     | openrouter/vendor/model-1 (provider-prefix)
            # clouds, gateways and regions are never added to a bare name
            model-1                                     | vertex_ai/model-1 bedrock/model-1 azure/model-1 openrouter/model-1 us.model-1 | -
            # normalised: case, date, Vertex date, dots in versions, Cursor word order, mode words
            Model-One-2                                 | model-one-2                                   | model-one-2 (normalized)
            model-one-2-20990101                        | model-one-2                                   | model-one-2 (normalized)
            model-one-2@20990101                        | model-one-2                                   | model-one-2 (normalized)
            claude-sonnet-9.5                           | claude-sonnet-9-5                             | claude-sonnet-9-5 (normalized)
            claude-9.5-sonnet-thinking                  | claude-sonnet-9-5                             | claude-sonnet-9-5 (normalized)
            claude-9.5-opus-max-thinking                | claude-opus-9-5                               | claude-opus-9-5 (normalized)
            gpt-9.1-codex-xhigh                         | gpt-9.1-codex                                 | gpt-9.1-codex (normalized)
            gpt-9-extra-high                            | gpt-9                                         | gpt-9 (normalized)
            anthropic/claude-9.5-sonnet                 | claude-sonnet-9-5                             | claude-sonnet-9-5 (normalized)
            # fast is a priced tier, not a mode word
            gpt-9-fast                                  | gpt-9                                         | -
            # boundary: the longest key the name starts with, up to a '-'
            gpt-9-preview-x                             | gpt-9 gpt-9-preview                           | gpt-9-preview (boundary)
            # boundary: a cut followed by a version is refused; only the remainder's first word counts
            gpt-9-preview-2                             | gpt-9 gpt-9-preview                           | gpt-9 (boundary)
            # boundary: a date may follow the cut
            model-one-20990101-x                        | model-one                                     | model-one (boundary)
            # boundary: the name plus a date, the latest date
            claude-sonnet-9                             | claude-sonnet-9-20990101 claude-sonnet-9-20990505 | claude-sonnet-9-20990505 (boundary)
            # boundary after stripping a provider
            openrouter/gpt-9-preview                    | gpt-9                                         | gpt-9 (boundary)
            """)
    void resolves(String model, String keys, String expected) {
        assertThat(keyOf(resolver(keys.split(" ")), model)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} never prices as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            gpt-4                       | gpt-4o
            gpt-4o                      | gpt-4
            claude-sonnet-4             | claude-sonnet-4-5
            claude-sonnet-4-5           | claude-sonnet-4
            claude-sonnet-4-5-20250929  | claude-sonnet-4
            claude-opus-4-8             | claude-opus-4
            gpt-5.4                     | gpt-5
            gpt-5.4-mini                | gpt-5.4
            gpt-5-codex-mini            | gpt-5-codex
            gemini-3-flash-lite         | gemini-3-flash
            claude-sonnet-4-5           | us.anthropic.claude-sonnet-4-5-20250929-v1:0
            claude-sonnet-4-5           | anthropic.claude-sonnet-4-5-20250929-v1:0
            claude-sonnet-4-5           | bedrock/us-east-1/1-month-commitment/claude-sonnet-4-5
            gpt-5                       | azure/gpt-5
            auto-gemini-3               | auto
            auto-gemini-3               | gemini-3
            auto-gemini-3               | gemini-3-pro-preview
            claude-opus-4-7-thinking    | claude
            sonnet                      | claude-sonnet-4-5
            """)
    void neverAWrongModel(String model, String wrongKey) {
        assertThat(keyOf(resolver(wrongKey), model)).isEqualTo("-");
    }

    @Test
    void aBareKeyWinsOverRegionalAndCloudCopies() {
        ModelResolver r = resolver("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "vertex_ai/claude-sonnet-4-5",
                "bedrock/us-east-1/claude-sonnet-4-5", "azure_ai/claude-sonnet-4-5", "claude-sonnet-4-5-20250929");

        assertThat(keyOf(r, "claude-sonnet-4-5")).isEqualTo("claude-sonnet-4-5-20250929 (boundary)");
    }

    @Test
    void anUnpricedModelHasNoKeyAndNoRates() {
        Resolution r = resolver("gpt-5").resolve("composer-2");

        assertThat(r).isEqualTo(Resolution.unpriced("composer-2"));
        assertThat(r.isPriced()).isFalse();
    }

    @Test
    void eachDistinctIdIsResolvedOncePerResolver() {
        ModelResolver r = resolver("gpt-5");

        assertThat(r.resolve("gpt-5-high")).isSameAs(r.resolve("gpt-5-high"));
        assertThat(r.resolve("gpt-5-high").rates()).isSameAs(RATES);
    }

    @Test
    void anEmptyTablePricesNothing() {
        assertThat(keyOf(resolver(), "claude-sonnet-4-5")).isEqualTo("-");
    }
}
