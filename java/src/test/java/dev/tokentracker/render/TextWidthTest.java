package dev.tokentracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextWidthTest {

    @ParameterizedTest(name = "''{0}'' is {1} columns")
    @CsvSource(delimiter = '|', value = {
        "claude-sonnet-4-5 | 17",
        "$1,234.57         | 9",
        "日本語            | 6",
        "한국어 모델       | 11",
        "ｆｕｌｌ          | 8",
        "model 😀          | 8",
        "…                 | 1"})
    void widthCountsWideCharactersTwice(String text, int width) {
        assertThat(TextWidth.of(text)).isEqualTo(width);
    }

    @Test
    void emptyTextHasNoWidth() {
        assertThat(TextWidth.of("")).isZero();
    }

    @Test
    void textThatFitsIsUnchanged() {
        assertThat(TextWidth.truncate("gpt-5", 5)).isEqualTo("gpt-5");
        assertThat(TextWidth.truncate("gpt-5", 12)).isEqualTo("gpt-5");
    }

    @Test
    void longTextEndsWithAnEllipsisWithinTheWidth() {
        String cut = TextWidth.truncate("claude-sonnet-4-5-20250929", 12);

        assertThat(cut).isEqualTo("claude-sonn…");
        assertThat(TextWidth.of(cut)).isEqualTo(12);
    }

    @Test
    void wideCharacterIsNeverSplit() {
        assertThat(TextWidth.truncate("日本語テキスト", 5)).isEqualTo("日本…");
        assertThat(TextWidth.truncate("日本語", 4)).isEqualTo("日…");
    }

    @Test
    void surrogatePairIsKeptWhole() {
        assertThat(TextWidth.truncate("😀😀😀", 4)).isEqualTo("😀…");
    }
}
