package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CursorColumnsTest {

    @Test
    void aHeaderWithoutDateOrModelIsNotAnExport() {
        assertThat(CursorColumns.of(List.of("Date", "Amount"))).isEmpty();
        assertThat(CursorColumns.of(List.of("Model", "Price"))).isEmpty();
        assertThat(CursorColumns.of(List.of("date", "model"))).isEmpty();
    }

    @Test
    void namesAreTrimmedOfAsciiSpaceOnly() {
        assertThat(CursorColumns.of(List.of(" Date\t", "\r\nModel "))).isPresent();
        assertThat(CursorColumns.of(List.of("\u00A0Date", "Model"))).isEmpty();
    }

    @Test
    void theFirstOfTwoColumnsWithOneNameWins() {
        CursorColumns columns = CursorColumns.of(List.of("Model", "Date", "Model", "Date")).orElseThrow();

        assertThat(columns.model()).isZero();
        assertThat(columns.date()).isEqualTo(1);
    }

    @Test
    void prefersOutputTokensToOutputAndCostDollarsToCostAndNeverReadsRequests() {
        CursorColumns columns = CursorColumns.of(
                List.of("Output", "Date", "Cost", "Model", "Output Tokens", "Cost ($)", "Requests")).orElseThrow();

        assertThat(columns.output()).isEqualTo(4);
        assertThat(columns.cost()).isEqualTo(5);
        assertThat(CursorColumns.of(List.of("Date", "Model", "Requests")).orElseThrow().cost())
                .isEqualTo(CursorColumns.ABSENT);
    }

    @Test
    void aTokensColumnCountsOnlyWhenNoSplitColumnExists() {
        CursorColumns single = CursorColumns.of(List.of("Date", "Model", "Tokens")).orElseThrow();
        CursorColumns split = CursorColumns.of(List.of("Date", "Model", "Tokens", "Cache Read")).orElseThrow();

        assertThat(single.singleTokenColumn()).isTrue();
        assertThat(split.singleTokenColumn()).isFalse();
        assertThat(CursorColumns.of(List.of("Date", "Model", "Total Tokens")).orElseThrow().singleTokenColumn())
                .isFalse();
    }

    @Test
    void rankFollowsWhatTheColumnsSayAboutARow() {
        assertThat(rank("Date,User,Kind,Model,Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output,Total Tokens,Cost ($)")).isZero();
        assertThat(rank("Date,Kind,Model,Max Mode,Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output Tokens,Total Tokens,Cost")).isZero();
        assertThat(rank("Date,Cloud Agent ID,Automation ID,Kind,Model,Max Mode,Input (w/ Cache Write),Input (w/o Cache Write),"
                + "Cache Read,Output Tokens,Total Tokens,Requests")).isEqualTo(1);
        assertThat(rank("Date,User,Kind,Max Mode,Model,Tokens,Cost ($)")).isEqualTo(2);
        assertThat(rank("Date,Model")).isEqualTo(3);
    }

    private static int rank(String header) {
        return CursorColumns.of(List.of(header.split(","))).orElseThrow().rank();
    }
}
