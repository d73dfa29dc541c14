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
 */
final class CursorRowMapping {

    private CursorRowMapping() {
    }

    /**
     * The message of a well-formed row; {@link MalformedRecordException} when its cell count
     * differs from the header's, its date does not parse, or a token cell is neither empty nor a
     * plain non-negative integer.
     */
    static UsageMessage toMessage(List<String> cells, CursorColumns columns) {
        if (cells.size() != columns.width()) {
            throw new MalformedRecordException(
                    "row has " + cells.size() + " cells, header has " + columns.width());
        }
        long timestamp = Timestamps.parseCsvDate(cells.get(columns.date()));
        long input = tokens(cells, columns.singleTokenColumn() ? columns.tokens() : columns.input());
        long cacheWrite = tokens(cells, columns.cacheWrite());
        long cacheRead = tokens(cells, columns.cacheRead());
        long output = tokens(cells, columns.output());
        String model = cells.get(columns.model());
        if (model.isEmpty()) {
            model = "unknown";
        }
        return new UsageMessage(Source.CURSOR, model, CursorProvider.infer(model), "", timestamp,
                input, output, cacheRead, cacheWrite, 0, 0,
                reportedCost(cells, columns), costRule(cells, columns));
    }

    /** An absent column or an empty cell is 0; anything else must be digits only. */
    private static long tokens(List<String> cells, int column) {
        if (column == CursorColumns.ABSENT || cells.get(column).isEmpty()) {
            return 0;
        }
        return NumberText.nonNegativeInteger(cells.get(column));
    }

    /**
     * The {@code Cost ($)}/{@code Cost} cell when it holds an amount ({@code 0.12}, {@code $0.12},
     * {@code 1,234.50}); {@code Included}, {@code -}, {@code Free}, empty or no such column: none.
     * Kept as written even on not-charged rows, whose cost rule already makes the cost 0.
     */
    private static long reportedCost(List<String> cells, CursorColumns columns) {
        if (columns.cost() == CursorColumns.ABSENT) {
            return UsageMessage.NO_REPORTED_COST;
        }
        long picos = DecimalAmount.csvCellToPicos(cells.get(columns.cost()));
        return picos == DecimalAmount.NOT_AN_AMOUNT ? UsageMessage.NO_REPORTED_COST : picos;
    }

    /**
     * Not charged (by kind) beats everything; then the single-{@code Tokens} export, whose token
     * split is unknown, can only use the CSV cost; every other row is priced from its tokens.
     * {@code Included}, {@code Free} and {@code On-Demand} rows are priced normally: they were used.
     */
    private static CostRule costRule(List<String> cells, CursorColumns columns) {
        if (columns.kind() != CursorColumns.ABSENT && saysNotCharged(cells.get(columns.kind()))) {
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
