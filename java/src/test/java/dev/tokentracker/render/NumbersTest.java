package dev.tokentracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "0                   | 0",
        "7                   | 7",
        "999                 | 999",
        "1000                | 1,000",
        "12345               | 12,345",
        "999999              | 999,999",
        "1000000             | 1,000,000",
        "9223372036854775807 | 9,223,372,036,854,775,807"})
    void countGroupsThousands(long value, String text) {
        assertThat(Numbers.count(value)).isEqualTo(text);
    }

    /** Picodollars in, dollars with cents out; cents rounded half up (0.025 → 0.03, not 0.02). */
    @ParameterizedTest(name = "{0} picodollars → {1}")
    @CsvSource(delimiter = '|', value = {
        "0                                       | $0.00",
        "1                                       | $0.00",
        "4999999999                              | $0.00",
        "5000000000                              | $0.01",
        "14999999999                             | $0.01",
        "15000000000                             | $0.02",
        "25000000000                             | $0.03",
        "1000000000000                           | $1.00",
        "999994999999999                         | $999.99",
        "999995000000000                         | $1,000.00",
        "1234565000000000                        | $1,234.57",
        "123456789000000000000                   | $123,456,789.00",
        "340282366920938463463374607431768211455 | $340,282,366,920,938,463,463,374,607.43"})
    void usdRoundsHalfUpToCents(String picos, String text) {
        assertThat(Numbers.usd(Money.ofPicosText(picos))).isEqualTo(text);
    }
}
