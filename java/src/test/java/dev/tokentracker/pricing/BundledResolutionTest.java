package dev.tokentracker.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins how every real model name (and each trap of SPEC §5) resolves against the bundled
 * snapshot: {@code testdata/pricing/resolution-bundled.tsv}, shared with the Rust tests. When the
 * snapshot is refreshed, review each changed line of this table.
 */
class BundledResolutionTest {

    private static ModelResolver resolver;

    @BeforeAll
    static void loadSnapshot() throws IOException {
        resolver = new ModelResolver(PriceSnapshot.bundled());
    }

    static Stream<Arguments> vectors() throws IOException {
        List<String> lines = Files.readAllLines(TestData.dir().resolve("pricing/resolution-bundled.tsv"),
                StandardCharsets.UTF_8);
        return lines.stream()
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1].equals("-") ? null : f[1], f[2]));
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @MethodSource("vectors")
    void resolvesAsPinned(String model, String expectedKey, String expectedMatch) {
        Resolution r = resolver.resolve(model);

        assertThat(r.matchedKey()).isEqualTo(expectedKey);
        assertThat(r.match().id()).isEqualTo(expectedMatch);
        assertThat(r.isPriced()).isEqualTo(expectedKey != null);
    }

    @Test
    void theTableCoversEveryModelOfTheRealDataNotes() throws IOException {
        List<String> pinned = vectors().map(a -> (String) a.get()[0]).toList();

        assertThat(pinned).contains(
                "claude-sonnet-4-20250514", "claude-opus-4-20250514", "claude-sonnet-4-5-20250929",
                "claude-haiku-4-5-20251001", "claude-opus-4-5-20251101", "claude-opus-4-6", "claude-sonnet-4-6",
                "claude-opus-4-8", "claude-sonnet-5", "claude-opus-5", "<synthetic>", "unsloth/Qwen3-Coder-Next",
                "gpt-5-codex", "gpt-5.1", "gpt-5.1-codex", "gpt-5.1-codex-max", "gpt-5.2-codex", "gpt-5.3-codex",
                "gpt-5.4", "gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.5-flash-lite", "gemini-3-pro-preview",
                "gemini-3-flash-preview", "gemini-3.1-pro-preview", "auto-gemini-2.5", "auto-gemini-3",
                "z-ai/glm-4.6", "glm-4.7-free", "deepseek-ai/deepseek-v4-flash", "moonshotai/kimi-k2.6",
                "auto", "agent_review", "composer-1", "composer-1.5", "composer-2", "composer-2-fast",
                "code-supernova", "code-supernova-1-million", "claude-4.5-sonnet-thinking",
                "claude-4.6-opus-max-thinking", "claude-opus-4-7-thinking-xhigh", "gpt-5-high",
                "gpt-5.5-extra-high-fast", "claude-3-5-haiku-20241022");
    }
}
