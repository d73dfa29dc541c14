package dev.tokentracker.render;

import dev.tokentracker.report.ModelReport;
import dev.tokentracker.report.ModelRow;
import dev.tokentracker.report.PeriodReport;
import dev.tokentracker.report.PeriodRow;
import dev.tokentracker.report.Usage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The terminal tables of the model, monthly and daily reports. The full layout shows every token
 * bucket; when it does not fit the terminal, a compact layout keeps input, output, total and
 * cost (the upstream tool switched the same way below 100 columns).
 */
public final class ReportTable {

    private ReportTable() {
    }

    public static String models(ModelReport report, String title, int width, Style style) {
        Table full = modelTable(report, true);
        Table table = full.naturalWidth() <= width ? full : modelTable(report, false);
        return heading(title, style) + table.render(width, style);
    }

    public static String periods(PeriodReport report, String title, int width, Style style) {
        Table full = periodTable(report, true);
        Table table = full.naturalWidth() <= width ? full : periodTable(report, false);
        return heading(title, style) + table.render(width, style);
    }

    private static String heading(String title, Style style) {
        return "\n  " + style.cyan(title) + "\n\n";
    }

    private static Table modelTable(ModelReport report, boolean full) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column("Source", false, false));
        columns.add(new Table.Column("Model", false, true));
        if (full) {
            columns.add(new Table.Column("Provider", false, false));
        }
        columns.addAll(numberColumns(full));
        Table table = new Table(columns);
        // Without the provider column, one model used through two providers would show as two
        // identical rows; those (and only those) name their provider in the model cell.
        Set<String> seen = new HashSet<>();
        Set<String> sharedModels = new HashSet<>();
        for (ModelRow row : report.rows()) {
            if (!seen.add(row.source() + "/" + row.model())) {
                sharedModels.add(row.source() + "/" + row.model());
            }
        }
        for (ModelRow row : report.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.source().label(),
                    full || !sharedModels.contains(row.source() + "/" + row.model())
                            ? row.model() : row.model() + " (" + row.provider() + ")"));
            if (full) {
                cells.add(row.provider());
            }
            cells.addAll(numbers(row.usage(), full));
            table.add(cells);
        }
        List<String> total = new ArrayList<>(List.of("Total", ""));
        if (full) {
            total.add("");
        }
        total.addAll(numbers(report.total(), full));
        table.addTotal(total);
        return table;
    }

    private static Table periodTable(PeriodReport report, boolean full) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column(report.granularity() == PeriodReport.Granularity.MONTH ? "Month" : "Date", false, false));
        columns.add(new Table.Column("Models", false, true));
        columns.addAll(numberColumns(full));
        Table table = new Table(columns);
        for (PeriodRow row : report.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.period());
            cells.add(String.join("\n", row.models().stream().map(m -> "- " + m).toList()));
            cells.addAll(numbers(row.usage(), full));
            table.add(cells);
        }
        List<String> total = new ArrayList<>(List.of("Total", ""));
        total.addAll(numbers(report.total(), full));
        table.addTotal(total);
        return table;
    }

    private static List<Table.Column> numberColumns(boolean full) {
        List<String> headers = full
                ? List.of("Input", "Output", "Cache Write", "Cache Read", "Reasoning", "Total", "Messages", "Cost")
                : List.of("Input", "Output", "Total", "Cost");
        return headers.stream().map(h -> new Table.Column(h, true, false)).toList();
    }

    private static List<String> numbers(Usage u, boolean full) {
        if (!full) {
            return List.of(Numbers.count(u.tokens().input()), Numbers.count(u.tokens().output()),
                    Numbers.count(u.tokens().total()), Numbers.usd(u.cost()));
        }
        return List.of(Numbers.count(u.tokens().input()), Numbers.count(u.tokens().output()),
                Numbers.count(u.tokens().cacheWrite()), Numbers.count(u.tokens().cacheRead()),
                Numbers.count(u.tokens().reasoning()), Numbers.count(u.tokens().total()),
                Numbers.count(u.messages()), Numbers.usd(u.cost()));
    }
}
