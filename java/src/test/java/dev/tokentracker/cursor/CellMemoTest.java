package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellMemoTest {

    @Test
    void worksOutEachDistinctCellOnce() {
        List<String> computed = new ArrayList<>();
        CellMemo<String> memo = new CellMemo<>(text -> {
            computed.add(text);
            return "<" + text + ">";
        });
        CsvCells cells = CsvCells.of(List.of("gpt-5", "", "auto", "gpt-5", "日本", "auto", "", "日本"));

        List<String> values = new ArrayList<>();
        for (int i = 0; i < cells.count(); i++) {
            values.add(memo.get(cells, i));
        }

        assertThat(values).containsExactly("<gpt-5>", "<>", "<auto>", "<gpt-5>", "<日本>", "<auto>", "<>", "<日本>");
        assertThat(computed).containsExactly("gpt-5", "", "auto", "日本");
    }

    @Test
    void keepsEveryEntryAsItGrowsAndCollides() {
        // "Aa" and "BB" have the same String hash; many cells force the table to grow.
        List<String> texts = new ArrayList<>(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"));
        for (int i = 0; i < 500; i++) {
            texts.add("model-" + i);
        }
        CellMemo<String> memo = new CellMemo<>(String::toUpperCase);
        CsvCells cells = CsvCells.of(texts);

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < cells.count(); i++) {
                assertThat(memo.get(cells, i)).isEqualTo(texts.get(i).toUpperCase());
            }
        }
        assertThat(memo.size()).isEqualTo(texts.size());
    }

    @Test
    void pastTheLimitNewCellsAreStillWorkedOutRight() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < CellMemo.MAX_ENTRIES + 100; i++) {
            texts.add("m" + i);
        }
        CellMemo<String> memo = new CellMemo<>(text -> text + "!");
        CsvCells cells = CsvCells.of(texts);

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < cells.count(); i++) {
                assertThat(memo.get(cells, i)).isEqualTo(texts.get(i) + "!");
            }
        }
        assertThat(memo.size()).isEqualTo(CellMemo.MAX_ENTRIES);
    }
}
