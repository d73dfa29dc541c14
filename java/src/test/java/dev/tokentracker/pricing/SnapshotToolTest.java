package dev.tokentracker.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.testing.Golden;
import dev.tokentracker.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot script's rules ({@link LiteLlmTable}, {@link SnapshotTool}) on a hand-made
 * LiteLLM-shaped file ({@code testdata/pricing/litellm-sample.json}) that has one entry per rule:
 * chat, completion and responses modes kept; sample_spec, embedding, image, audio, rerank,
 * mode-less and rate-less entries dropped; rates exact from their decimal text.
 */
class SnapshotToolTest {

    private static final Path SAMPLE = TestData.dir().resolve("pricing/litellm-sample.json");

    @Test
    void generatedSnapshotMatchesTheReviewedGolden(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("snapshot.json");

        SnapshotTool.write(SnapshotTool.readFile(SAMPLE), "sample", LocalDate.of(2026, 2, 24), output);

        Golden.assertMatches("pricing/litellm-sample-snapshot.json", Files.readString(output, StandardCharsets.UTF_8));
        assertThat(dir).isDirectoryContaining(p -> p.equals(output)).isDirectoryNotContaining(p -> p.toString().endsWith(".tmp"));
    }

    @Test
    void keepsOnlyChatModelsWithARate() throws IOException {
        Map<String, ModelRates> rates = SnapshotTool.readFile(SAMPLE);

        assertThat(rates).containsOnlyKeys("Delta-Mixed-Case", "alpha-chat-4-5", "gamma-completion",
                "negative-and-text-rates", "output-only-chat", "repeated-field", "vendor/beta-responses");
    }

    @Test
    void readsEveryRateFieldExactly() throws IOException {
        ModelRates alpha = SnapshotTool.readFile(SAMPLE).get("alpha-chat-4-5");

        assertThat(alpha).isEqualTo(new ModelRates(3_000_000, 15_000_000, 300_000, 3_750_000, 6_000_000,
                6_000_000, 22_500_000, 600_000, 7_500_000, 12_000_000));
    }

    @Test
    void roundsHalfEvenAtThePicodollar() throws IOException {
        ModelRates delta = SnapshotTool.readFile(SAMPLE).get("Delta-Mixed-Case");

        // 1.234567890123456e-06 USD = 1,234,567.890123456 pico → 1,234,568; 2.5e-13 USD = 0.25 pico → 0.
        assertThat(delta.input()).isEqualTo(1_234_568);
        assertThat(delta.output()).isZero();
    }

    @Test
    void aNegativeTextualOrOverriddenRateIsAbsent() throws IOException {
        Map<String, ModelRates> rates = SnapshotTool.readFile(SAMPLE);

        assertThat(rates.get("negative-and-text-rates").input()).isEqualTo(ModelRates.ABSENT);
        assertThat(rates.get("negative-and-text-rates").cacheRead()).isEqualTo(ModelRates.ABSENT);
        assertThat(rates.get("negative-and-text-rates").output()).isEqualTo(5_000_000);
        assertThat(rates.get("repeated-field").input()).isEqualTo(ModelRates.ABSENT);
    }

    @Test
    void snapshotReadsBackAsTheSameTable(@TempDir Path dir) throws IOException {
        Map<String, ModelRates> rates = SnapshotTool.readFile(SAMPLE);
        Path output = dir.resolve("snapshot.json");
        SnapshotTool.write(rates, "sample", LocalDate.of(2026, 2, 24), output);

        PriceSnapshot.Document doc;
        try (InputStream in = Files.newInputStream(output)) {
            doc = PriceSnapshot.read(in);
        }

        assertThat(doc.models()).isEqualTo(rates);
        assertThat(doc.source()).isEqualTo("sample");
        assertThat(doc.sourceDate()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(doc.fetchedAt()).isNull();
    }
}
