package dev.tokentracker.pricing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pricing branch of phase 1: settles on one price table and says where it came from.
 * This version knows one source, the snapshot bundled in the jar; the network fetch and the disk
 * cache come in front of it (SPEC §5) without changing the branch's contract.
 */
public final class PricingBranch {

    /** The table to price with, and at most one warning about it. */
    public record Outcome(PriceTable table, List<String> warnings) {
        public Outcome {
            warnings = List.copyOf(warnings);
        }
    }

    private PricingBranch() {
    }

    /** No prices at all, with the warning that says so. */
    public static Outcome nothing(String warning) {
        return new Outcome(PriceTable.empty(new PriceOrigin(PriceOrigin.Kind.NONE, null, "")), List.of(warning));
    }

    public static Outcome load() {
        List<String> warnings = new ArrayList<>();
        PriceTable table;
        try {
            table = PriceSnapshot.bundled();
        } catch (IOException | RuntimeException e) {
            table = PriceTable.empty(new PriceOrigin(PriceOrigin.Kind.NONE, null, PriceSnapshot.RESOURCE));
            warnings.add("the bundled price snapshot could not be read (" + e.getMessage() + "); every cost is $0.00");
        }
        if (table.size() == 0 && warnings.isEmpty()) {
            warnings.add("no price data is available; every cost is $0.00");
        }
        return new Outcome(table, warnings);
    }
}
