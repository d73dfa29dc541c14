package dev.tokentracker.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tokentracker.pricing.LiteLlmTable;
import dev.tokentracker.pricing.ModelRates;
import dev.tokentracker.pricing.PriceSnapshot;
import dev.tokentracker.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled price snapshot is exactly what the snapshot script's rules make of the real LiteLLM
 * file of 2026-02-24 in the corpus (skipped where the corpus is absent), so nothing in the jar's
 * price table was edited by hand.
 */
class RealPriceTableTest {

    private static final Path LITELLM_2026_02_24 = TestData.realData()
            .resolve("litellm/Wei-Shaw__claude-relay-service/price-mirror@993774379b/model_prices_and_context_window.json");
    private static final Path LITELLM_2025_10_16 = TestData.realData()
            .resolve("litellm/Wei-Shaw__claude-relay-service/price-mirror@97d1b85ed2/model_prices_and_context_window.json");

    private static Map<String, ModelRates> parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return LiteLlmTable.parse(in);
        }
    }

    @Test
    void theBundledSnapshotIsTheScriptsOutputForTheRealFile() throws IOException {
        assumeTrue(Files.isRegularFile(LITELLM_2026_02_24), "no real LiteLLM file at " + LITELLM_2026_02_24);
        byte[] bundledBytes;
        try (InputStream in = PriceSnapshot.class.getResourceAsStream(PriceSnapshot.RESOURCE)) {
            bundledBytes = in.readAllBytes();
        }
        PriceSnapshot.Document bundled = PriceSnapshot.read(new ByteArrayInputStream(bundledBytes));
        assumeTrue(bundled.sourceDate().toString().equals("2026-02-24"), "the bundled snapshot was refreshed");

        ByteArrayOutputStream regenerated = new ByteArrayOutputStream();
        PriceSnapshot.write(parse(LITELLM_2026_02_24), bundled.source(), bundled.sourceDate(), regenerated);

        assertThat(regenerated.toByteArray()).isEqualTo(bundledBytes);
        assertThat(bundled.models()).hasSize(1972).doesNotContainKey("sample_spec");
    }

    @Test
    void theOlderRealFileReadsToo() throws IOException {
        assumeTrue(Files.isRegularFile(LITELLM_2025_10_16), "no real LiteLLM file at " + LITELLM_2025_10_16);

        Map<String, ModelRates> rates = parse(LITELLM_2025_10_16);

        assertThat(rates).isNotEmpty().doesNotContainKey("sample_spec").containsKey("claude-sonnet-4-5");
    }
}
