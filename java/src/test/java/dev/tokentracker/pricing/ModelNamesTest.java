package dev.tokentracker.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            claude-4.5-sonnet-thinking       | claude-sonnet-4.5 claude-sonnet-4-5
            claude-4.6-opus-max-thinking     | claude-opus-4.6 claude-opus-4-6
            claude-4-sonnet                  | claude-sonnet-4
            claude-opus-4-7-thinking-xhigh   | claude-opus-4-7
            claude-3.7-sonnet                | claude-3.7-sonnet claude-3-7-sonnet
            CLAUDE-Sonnet-4-5-20250929       | claude-sonnet-4-5
            claude-sonnet-4-5@20250929       | claude-sonnet-4-5
            gpt-5.5-extra-high-fast          | gpt-5.5-extra-high-fast gpt-5-5-extra-high-fast
            gpt-5-high                       | gpt-5
            gpt-5.1-codex-max                | gpt-5.1-codex gpt-5-1-codex
            openrouter/Anthropic/claude-4.5-sonnet | openrouter/anthropic/claude-sonnet-4.5 openrouter/anthropic/claude-sonnet-4-5
            max                              | max
            thinking-max                     | thinking
            qwen2.5-coder                    | qwen2.5-coder qwen2-5-coder
            v.1                              | v.1
            """)
    void normalised(String id, String expected) {
        assertThat(ModelNames.normalised(id)).isEqualTo(List.of(expected.split(" ")));
    }

    @Test
    void onlyAsciiLettersAreLowerCased() {
        assertThat(ModelNames.asciiLowerCase("GPT-İ-Ω")).isEqualTo("gpt-İ-Ω");
    }

    @Test
    void strippedFormsDropKnownProvidersOneAtATime() {
        assertThat(ModelNames.strippedForms("openrouter/anthropic/claude-x")).containsExactly("anthropic/claude-x", "claude-x");
        assertThat(ModelNames.strippedForms("unsloth/qwen")).isEmpty();
        assertThat(ModelNames.strippedForms("/gpt-5")).isEmpty();
    }

    @Test
    void prefixVariantsInOrderEachOnce() {
        assertThat(ModelNames.prefixVariants("claude-x")).containsExactly(
                "anthropic/claude-x", "openai/claude-x", "gemini/claude-x", "xai/claude-x", "deepseek/claude-x",
                "mistral/claude-x", "moonshot/claude-x", "zai/claude-x");
        assertThat(ModelNames.prefixVariants("openrouter/anthropic/claude-x")).containsExactly(
                "anthropic/claude-x", "claude-x", "openai/claude-x", "gemini/claude-x", "xai/claude-x",
                "deepseek/claude-x", "mistral/claude-x", "moonshot/claude-x", "zai/claude-x");
        assertThat(ModelNames.prefixVariants("z-ai/glm-4.6")).containsExactly("openrouter/z-ai/glm-4.6");
    }

    @Test
    void onlyEightDigitsAreADate() {
        assertThat(ModelNames.isDate("20250929")).isTrue();
        assertThat(ModelNames.isDate("0613")).isFalse();
        assertThat(ModelNames.isDate("2025-09-29")).isFalse();
        assertThat(ModelNames.isDate("2025092a")).isFalse();
    }
}
