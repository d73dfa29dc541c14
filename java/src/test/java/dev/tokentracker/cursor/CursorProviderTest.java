package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CursorProviderTest {

    @ParameterizedTest
    @CsvSource({
        "claude-4.5-sonnet-thinking, anthropic",
        "CLAUDE-OPUS-4-7-THINKING-MAX, anthropic",
        "sonnet-4, anthropic",
        "opus-4.1, anthropic",
        "claude-3.5-haiku, anthropic",
        "gpt-5.5-extra-high-fast, openai",
        "chatgpt-4o-latest, openai",
        "codex-mini, openai",
        "o3, openai",
        "o4-mini, openai",
        "gemini-3-pro-preview, google",
        "deepseek-r1, deepseek",
        "grok-code-fast-1, xai",
        "kimi-k2-instruct, moonshot",
        "llama-3.1-405b, meta",
        "mixtral-8x7b, meta",
        "auto, cursor",
        "composer-2-fast, cursor",
        "agent_review, cursor",
        "code-supernova-1-million, cursor",
        "unknown, cursor",
        "oss-120b, cursor",
        "my-gpt-wrapper, cursor",
        "ｇｐｔ-5, cursor"})
    void infersTheProviderFromTheModelName(String model, String provider) {
        assertThat(CursorProvider.infer(model)).isEqualTo(provider);
    }
}
