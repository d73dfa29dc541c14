package dev.tokentracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static Table twoColumns(String name) {
        Table table = new Table(List.of(new Table.Column("Name", false, true), new Table.Column("N", true, false)));
        table.add(List.of(name, "1"));
        table.add(List.of("b\nlonger line", "22"));
        table.addTotal(List.of("Total", "23"));
        return table;
    }

    @Test
    void multiLineCellMakesATallRowAndOtherCellsStayOnItsFirstLine() {
        String text = twoColumns("alpha").render(100, Style.PLAIN);

        assertThat(text).isEqualTo("""
                ┌─────────────┬────┐
                │ Name        │  N │
                ├─────────────┼────┤
                │ alpha       │  1 │
                │ b           │ 22 │
                │ longer line │    │
                ├─────────────┼────┤
                │ Total       │ 23 │
                └─────────────┴────┘
                """);
    }

    @Test
    void naturalWidthIsBordersPlusWidestCells() {
        // "│ " + 11 + " │ " + 2 + " │" = 1 + (11 + 3) + (2 + 3)
        assertThat(twoColumns("alpha").naturalWidth()).isEqualTo(20);
    }

    @Test
    void tooWideTableShortensTheFlexibleColumnWithAnEllipsis() {
        Table table = twoColumns("a-very-long-model-name-here");

        String text = table.render(25, Style.PLAIN);

        assertThat(table.naturalWidth()).isEqualTo(36);
        assertThat(text.lines()).allSatisfy(line -> assertThat(TextWidth.of(line)).isEqualTo(25));
        assertThat(text).contains("│ a-very-long-mod… │  1 │\n");
    }

    @Test
    void flexibleColumnNeverShrinksBelowTwelveColumns() {
        String text = twoColumns("a-very-long-model-name-here").render(10, Style.PLAIN);

        assertThat(text).contains("│ a-very-long… │  1 │\n", "│ longer line  │    │\n");
        assertThat(text.lines()).allSatisfy(line -> assertThat(TextWidth.of(line)).isEqualTo(21));
    }

    @Test
    void fixedColumnsAreNeverShortened() {
        Table table = new Table(List.of(new Table.Column("Cost", true, false)));
        table.add(List.of("$123,456.78"));

        assertThat(table.render(5, Style.PLAIN)).contains("│ $123,456.78 │");
    }

    @Test
    void coloursWrapPaddedCellsSoWidthsDoNotMove() {
        String text = twoColumns("alpha").render(100, Style.COLOR);

        assertThat(text).contains("│ \u001b[36mName       \u001b[0m │ \u001b[36m N\u001b[0m │\n");
        assertThat(text).contains("│ \u001b[33mTotal      \u001b[0m │ \u001b[33m23\u001b[0m │\n");
        assertThat(text).contains("│ alpha       │  1 │\n");
    }
}
