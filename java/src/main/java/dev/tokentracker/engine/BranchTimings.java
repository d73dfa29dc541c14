package dev.tokentracker.engine;

import java.time.Duration;

/** Wall times of a run, for {@code --benchmark}: each phase-1 branch, finalize, and the total. */
public record BranchTimings(Duration cursor, Duration pricing, Duration localParse, Duration finalizeTime,
        Duration total) {
}
