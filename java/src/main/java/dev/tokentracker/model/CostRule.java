package dev.tokentracker.model;

/**
 * How a message's cost is chosen in each cost mode (SPEC §5 cost modes, §6 Cursor).
 */
public enum CostRule {
    /**
     * Local sources: {@code auto} takes the reported cost when there is one, else calculates;
     * {@code calculate} always calculates; {@code display} takes the reported cost or 0.
     */
    REPORTED_FIRST,
    /**
     * Cursor rows: {@code auto} calculates when the model resolves to a price, else takes the CSV
     * cost; {@code calculate} and {@code display} as for local sources.
     */
    PRICED_FIRST,
    /** Cursor rows whose kind says they were not charged: cost 0 in every mode. */
    NOT_CHARGED,
    /**
     * Cursor rows whose token split is unknown (the single {@code Tokens} column of 2025-08):
     * the CSV cost in every mode, 0 when that cell is not a number.
     */
    REPORTED_ONLY
}
