package dev.tokentracker.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A box-drawn text table. Column widths fit the widest cell; when the table is wider than the
 * terminal, the flexible column (the model name) is shortened with an ellipsis. Cells may hold
 * several lines. Styling is applied after layout so escape codes never disturb widths.
 */
public final class Table {

    /** A column: header, right alignment, and whether it may be shortened to fit. */
    public record Column(String header, boolean right, boolean flexible) {
    }

    /** A row; {@code emphasis} rows (totals) are drawn after a rule and highlighted. */
    public record Row(List<String> cells, boolean emphasis) {
    }

    private static final int MIN_FLEX = 12;

    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();

    public Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public void add(List<String> cells) {
        rows.add(new Row(List.copyOf(cells), false));
    }

    public void addTotal(List<String> cells) {
        rows.add(new Row(List.copyOf(cells), true));
    }

    /** The width the table needs without shortening anything. */
    public int naturalWidth() {
        return totalWidth(naturalWidths());
    }

    public String render(int maxWidth, Style style) {
        int[] widths = naturalWidths();
        shrinkToFit(widths, maxWidth);
        StringBuilder out = new StringBuilder();
        out.append(rule('┌', '┬', '┐', widths)).append('\n');
        appendLines(out, headerCells(), widths, style, true, false);
        out.append(rule('├', '┼', '┤', widths)).append('\n');
        for (Row row : rows) {
            if (row.emphasis) {
                out.append(rule('├', '┼', '┤', widths)).append('\n');
            }
            appendLines(out, row.cells, widths, style, false, row.emphasis);
        }
        out.append(rule('└', '┴', '┘', widths)).append('\n');
        return out.toString();
    }

    private List<String> headerCells() {
        return columns.stream().map(Column::header).toList();
    }

    private int[] naturalWidths() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = TextWidth.of(columns.get(c).header);
        }
        for (Row row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                for (String line : row.cells.get(c).split("\n", -1)) {
                    widths[c] = Math.max(widths[c], TextWidth.of(line));
                }
            }
        }
        return widths;
    }

    private void shrinkToFit(int[] widths, int maxWidth) {
        int excess = totalWidth(widths) - maxWidth;
        for (int c = 0; c < columns.size() && excess > 0; c++) {
            if (columns.get(c).flexible) {
                int cut = Math.min(excess, Math.max(0, widths[c] - MIN_FLEX));
                widths[c] -= cut;
                excess -= cut;
            }
        }
    }

    private static int totalWidth(int[] widths) {
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        return total;
    }

    private void appendLines(StringBuilder out, List<String> cells, int[] widths, Style style, boolean header,
            boolean emphasis) {
        List<String[]> lines = new ArrayList<>();
        int height = 1;
        for (String cell : cells) {
            String[] split = cell.split("\n", -1);
            lines.add(split);
            height = Math.max(height, split.length);
        }
        for (int l = 0; l < height; l++) {
            out.append('│');
            for (int c = 0; c < columns.size(); c++) {
                String[] cellLines = lines.get(c);
                String text = l < cellLines.length ? TextWidth.truncate(cellLines[l], widths[c]) : "";
                String padded = pad(text, widths[c], columns.get(c).right);
                String styled = header ? style.cyan(padded) : emphasis ? style.yellow(padded) : padded;
                out.append(' ').append(styled).append(" │");
            }
            out.append('\n');
        }
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - TextWidth.of(text)));
        return right ? spaces + text : text + spaces;
    }

    private static String rule(char left, char middle, char right, int[] widths) {
        StringBuilder out = new StringBuilder().append(left);
        for (int c = 0; c < widths.length; c++) {
            out.append("─".repeat(widths[c] + 2)).append(c == widths.length - 1 ? right : middle);
        }
        return out.toString();
    }
}
