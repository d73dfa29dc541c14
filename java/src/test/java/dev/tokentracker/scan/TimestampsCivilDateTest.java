package dev.tokentracker.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Timestamps#civilDate}: the date text of every report row, graph day and year. */
class TimestampsCivilDateTest {

    private Locale saved;

    @BeforeEach
    void saveLocale() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void civilDateAgreesWithJavaTime() {
        Random random = new Random(7);
        long first = LocalDate.of(1, 1, 1).toEpochDay();
        long last = LocalDate.of(9999, 12, 31).toEpochDay();

        for (int i = 0; i < 100_000; i++) {
            long day = first + Math.floorMod(random.nextLong(), last - first + 1);
            assertThat(Timestamps.civilDate(day)).isEqualTo(LocalDate.ofEpochDay(day).toString());
        }
    }

    /**
     * Regression: the date was formatted in the default locale, so with LANG=ar_EG (or fa_IR,
     * mr_IN, …) every report date came out in that script's digits ("٢٠٢٦-٠٣-١٥").
     */
    @ParameterizedTest
    @ValueSource(strings = {"ar-EG", "fa-IR", "mr-IN", "th-TH-u-nu-thai", "bn-BD"})
    void civilDateUsedTheDefaultLocalesDigits(String languageTag) {
        Locale.setDefault(Locale.forLanguageTag(languageTag));

        assertThat(Timestamps.civilDate(LocalDate.of(2026, 3, 15).toEpochDay())).isEqualTo("2026-03-15");
    }
}
