package dev.tokentracker.engine;

import dev.tokentracker.pricing.CostMode;
import dev.tokentracker.pricing.PriceTable;
import dev.tokentracker.report.DateFilter;
import dev.tokentracker.report.ZoneTable;
import java.nio.file.Path;

/**
 * Phase 2's input.
 *
 * @param cursorDir the Cursor CSV folder, or null when Cursor is not in the report
 * @param prices    the price table the pricing branch settled on (possibly empty)
 * @param version   the tool version, for the graph's meta block
 */
public record FinalizeRequest(
        ReportKind kind,
        Path cursorDir,
        PriceTable prices,
        CostMode mode,
        ZoneTable zone,
        DateFilter filter,
        String version) {
}
