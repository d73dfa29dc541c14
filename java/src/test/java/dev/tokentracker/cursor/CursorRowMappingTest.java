package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.scan.MalformedRecordException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CursorRowMappingTest {

    private static final CursorColumns COLUMNS = CursorColumns.of(List.of("Date", "Kind", "Model",
            "Input (w/ Cache Write)", "Input (w/o Cache Write)", "Cache Read", "Output Tokens", "Cost")).orElseThrow();

    @Test
    void mapsTheFourDisjointColumnsToFourBuckets() {
        UsageMessage m = map("2026-01-01T00:00:00.000Z", "Included", "auto", "1", "2", "3", "4", "0.01");

        assertThat(List.of(m.cacheWrite(), m.input(), m.cacheRead(), m.output(), m.reasoning(), m.cacheWrite1h()))
                .containsExactly(1L, 2L, 3L, 4L, 0L, 0L);
        assertThat(m.sessionId()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-1", "+1", "1e3", " 1", "1 ", "1,000", "01", "9223372036854775808", "x"})
    void aTokenCellThatIsNotAPlainIntegerIsMalformed(String cell) {
        assertThatThrownBy(() -> map("2026-01-01T00:00:00.000Z", "Included", "auto", cell, "0", "0", "0", ""))
                .isInstanceOf(MalformedRecordException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-13-01T00:00:00Z", "2026-02-30", "01/02/2026", "2026-01-01T00:00:00.000Z "})
    void aDateThatDoesNotParseIsMalformed(String date) {
        assertThatThrownBy(() -> map(date, "Included", "auto", "0", "0", "0", "0", ""))
                .isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void aRowWithAnotherCellCountIsMalformed() {
        assertThatThrownBy(() -> CursorRowMapping.toMessage(List.of("2026-01-01", "Included", "auto"), COLUMNS))
                .isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void modelIsKeptAsWrittenAndEmptyIsUnknown() {
        assertThat(map("2026-01-01", "", " Auto ", "", "", "", "", "").modelId()).isEqualTo(" Auto ");
        assertThat(map("2026-01-01", "", "", "", "", "", "", "").modelId()).isEqualTo("unknown");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Errored, Not Charged|NOT_CHARGED",
        "Errored, No Charge|NOT_CHARGED",
        "Aborted, Not Charged|NOT_CHARGED",
        "aborted, not charged|NOT_CHARGED",
        "Included|PRICED_FIRST",
        "Included in Pro|PRICED_FIRST",
        "Free|PRICED_FIRST",
        "On-Demand|PRICED_FIRST",
        "Usage-based|PRICED_FIRST"})
    void theKindDecidesWhetherARowIsCharged(String kind, CostRule rule) {
        assertThat(map("2026-01-01", kind, "auto", "1", "1", "1", "1", "0.20").costRule()).isEqualTo(rule);
    }

    @Test
    void aNotChargedRowKeepsItsTokensAndItsCostCell() {
        UsageMessage m = map("2026-01-01", "Errored, No Charge", "auto", "74113", "14", "425122", "2098", "0.28");

        assertThat(m.totalTokens()).isEqualTo(74113 + 14 + 425122 + 2098);
        assertThat(m.reportedCostPicos()).isEqualTo(280_000_000_000L);
    }

    @Test
    void oneMappingOverManyRowsGivesWhatAFreshMappingGivesEachRow() {
        List<List<String>> rows = List.of(
                List.of("2026-01-01", "Included", "claude-4.5-sonnet", "1", "2", "3", "4", "0.01"),
                List.of("2026-01-02", "Errored, No Charge", "", "0", "0", "0", "0", "$1,234.50"),
                List.of("2026-01-03", "Included", "claude-4.5-sonnet", "5", "", "7", "8", "Included"),
                List.of("2026-01-04", "Errored, No Charge", "gpt-5", "9", "10", "11", "12", "0.27"),
                List.of("2026-01-05", "On-Demand", "", "0", "1", "0", "1", "-"),
                List.of("2026-01-06", "Included", "gpt-5", "0", "0", "0", "0", " 0.5 "));
        CursorRowMapping mapping = new CursorRowMapping(COLUMNS);

        for (List<String> row : rows) {
            assertThat(mapping.toMessage(CsvCells.of(row))).isEqualTo(CursorRowMapping.toMessage(row, COLUMNS));
        }
        assertThat(mapping.toMessage(CsvCells.of(rows.get(2))).providerId()).isEqualTo("anthropic");
        assertThat(mapping.toMessage(CsvCells.of(rows.get(4))).modelId()).isEqualTo("unknown");
        assertThat(mapping.toMessage(CsvCells.of(rows.get(5))).reportedCostPicos()).isEqualTo(500_000_000_000L);
    }

    private static UsageMessage map(String... cells) {
        return CursorRowMapping.toMessage(List.of(cells), COLUMNS);
    }
}
