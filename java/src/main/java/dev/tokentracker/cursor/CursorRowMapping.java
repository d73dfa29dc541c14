package dev.tokentracker.cursor;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.scan.DecimalAmount;
import dev.tokentracker.scan.MalformedRecordException;
import dev.tokentracker.scan.NumberText;
import dev.tokentracker.scan.Timestamps;
import java.util.List;

/**
 * One data row of a Cursor export → one message (SPEC §6). The four token columns are disjoint
 * ({@code Total Tokens} is their sum, and is not read): input = {@code Input (w/o Cache Write)},
 * cache write = {@code Input (w/ Cache Write)}, cache read = {@code Cache Read}, output =
 * {@code Output Tokens}/{@code Output}; the single {@code Tokens} column counts as input.
 *
 * <p>One mapping serves every row of one export: it reads the cells as bytes, and works out the
 * model's provider and whether a kind means "not charged" once per distinct cell
 * ({@link CellMemo}), so a row costs no more than its numbers and its date.
 */
final class CursorRowMapping {

    /** A model as a row names it, and the provider that name implies. */
    private record Model(String id, String provider) {
    }

    private final CursorColumns columns;
    private final CellMemo<Model> models = new CellMemo<>(CursorRowMapping::model);
    private final CellMemo<Boolean> kinds = new CellMemo<>(CursorRowMapping::saysNotCharged);

    CursorRowMapping(CursorColumns columns) {
        this.columns = columns;
    }

    /** {@link #toMessage(CsvCells)} for a row given as text. */
    static UsageMessage toMessage(List<String> cells, CursorColumns columns) {
        return new CursorRowMapping(columns).toMessage(CsvCells.of(cells));
    }

    /**
     * The message of a well-formed row; {@link MalformedRecordException} when its cell count
     * differs from the header's, its date does not parse, or a token cell is neither empty nor a
     * plain non-negative integer.
     */
    UsageMessage toMessage(CsvCells cells) {
        if (cells.count() != columns.width()) {
            throw new MalformedRecordException(
                    "row has " + cells.count() + " cells, header has " + columns.width());
        }
        int date = columns.date();
        long timestamp = Timestamps.parseCsvDate(cells.bytes(), cells.start(date), cells.end(date));
        long input = tokens(cells, columns.singleTokenColumn() ? columns.tokens() : columns.input());
        long cacheWrite = tokens(cells, columns.cacheWrite());
        long cacheRead = tokens(cells, columns.cacheRead());
        long output = tokens(cells, columns.output());
        Model model = models.get(cells, columns.model());
        return new UsageMessage(Source.CURSOR, model.id(), model.provider(), "", timestamp,
                input, output, cacheRead, cacheWrite, 0, 0,
                reportedCost(cells), costRule(cells));
    }

    /** An empty model cell is {@code unknown}; the provider follows from the name. */
    private static Model model(String cell) {
        String id = cell.isEmpty() ? "unknown" : cell;
        return new Model(id, CursorProvider.infer(id));
    }

    /** An absent column or an empty cell is 0; anything else must be digits only. */
    private static long tokens(CsvCells cells, int column) {
        if (column == CursorColumns.ABSENT || cells.isEmpty(column)) {
            return 0;
        }
        return NumberText.nonNegativeInteger(cells.bytes(), cells.start(column), cells.end(column));
    }

    /**
     * The {@code Cost ($)}/{@code Cost} cell when it holds an amount ({@code 0.12}, {@code $0.12},
     * {@code 1,234.50}); {@code Included}, {@code -}, {@code Free}, empty or no such column: none.
     * Kept as written even on not-charged rows, whose cost rule already makes the cost 0.
     */
    private long reportedCost(CsvCells cells) {
        int column = columns.cost();
        if (column == CursorColumns.ABSENT) {
            return UsageMessage.NO_REPORTED_COST;
        }
        long picos = DecimalAmount.csvCellToPicos(cells.bytes(), cells.start(column), cells.end(column));
        return picos == DecimalAmount.NOT_AN_AMOUNT ? UsageMessage.NO_REPORTED_COST : picos;
    }

    /**
     * Not charged (by kind) beats everything; then the single-{@code Tokens} export, whose token
     * split is unknown, can only use the CSV cost; every other row is priced from its tokens.
     * {@code Included}, {@code Free} and {@code On-Demand} rows are priced normally: they were used.
     */
    private CostRule costRule(CsvCells cells) {
        if (columns.kind() != CursorColumns.ABSENT && kinds.get(cells, columns.kind())) {
            return CostRule.NOT_CHARGED;
        }
        return columns.singleTokenColumn() ? CostRule.REPORTED_ONLY : CostRule.PRICED_FIRST;
    }

    /** {@code Errored, Not Charged}, {@code Errored, No Charge}, {@code Aborted, Not Charged}, … */
    static boolean saysNotCharged(String kind) {
        String lower = CursorProvider.asciiLowerCase(kind);
        return lower.contains("not charged") || lower.contains("no charge");
    }
}
