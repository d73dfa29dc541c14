package dev.tokentracker.engine;

import dev.tokentracker.cursor.CursorBranch;
import dev.tokentracker.model.Source;
import dev.tokentracker.pricing.PricingBranch;
import dev.tokentracker.pricing.PricingSettings;
import dev.tokentracker.report.ZoneTable;
import dev.tokentracker.source.HomeDirectory;
import dev.tokentracker.source.SourceStats;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * One report run (SPEC §1): the Cursor sync, the pricing fetch and the local parse start at the
 * same time and settle independently; finalize runs once all three have. A failed Cursor or
 * pricing branch degrades the report (SPEC §8); only a failed local parse fails the run.
 *
 * <p>The network branches run on virtual threads; the local parse runs on a platform thread
 * because a native call pins a virtual thread's carrier for its whole duration.
 */
public final class TwoPhaseRun {

    private TwoPhaseRun() {
    }

    /** The local parse failed as a whole (for example, the home is unreadable): exit 1. */
    public static final class LocalParseFailed extends Exception {
        public LocalParseFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static RunResult run(RunRequest request) throws EngineUnavailableException, LocalParseFailed {
        long start = System.nanoTime();
        Engine engine = Engines.select(request.engine(), request.locations().environment().variables());
        Set<Source> local = EnumSet.noneOf(Source.class);
        request.sources().stream().filter(Source::isLocal).forEach(local::add);
        boolean withCursor = request.sources().contains(Source.CURSOR);

        Branch<CursorBranch.Outcome> cursor = new Branch<>(() -> CursorBranch.prepare(new CursorBranch.Request(withCursor, request.offline(), request.locations(), request.cursor())));
        Branch<PricingBranch.Outcome> pricing = new Branch<>(() -> PricingBranch.load(
                PricingSettings.of(request.locations(), request.offline(), request.cursor().clock())));
        Branch<LocalData> parse = new Branch<>(() -> {
            if (!local.isEmpty()) {
                HomeDirectory.requireReadable(request.locations().environment().home());
            }
            return engine.parseLocalSources(new ParseRequest(local, request.locations(), Runtime.getRuntime().availableProcessors()));
        });
        if (request.sequential()) {
            cursor.runHere();
            pricing.runHere();
            parse.runHere();
        } else {
            cursor.start(task -> Thread.ofVirtual().name("cursor-sync").start(task));
            pricing.start(task -> Thread.ofVirtual().name("pricing").start(task));
            parse.start(task -> Thread.ofPlatform().name("local-parse").daemon().start(task));
        }

        List<String> warnings = new ArrayList<>();
        CursorBranch.Outcome cursorOutcome = cursor.settle(warnings, "the Cursor branch failed");
        PricingBranch.Outcome prices = pricing.settle(warnings, "the pricing branch failed");
        if (prices == null) {
            prices = PricingBranch.nothing("every cost is $0.00");
        }
        LocalData data;
        try {
            data = parse.result();
        } catch (ExecutionException e) {
            throw new LocalParseFailed("could not read local usage data: " + describe(e.getCause()), e.getCause());
        }
        if (cursorOutcome != null) {
            warnings.addAll(cursorOutcome.warnings());
        }
        warnings.addAll(prices.warnings());

        long finalizeStart = System.nanoTime();
        Finalized finalized;
        try (data) {
            finalized = engine.finalizeReport(data, new FinalizeRequest(request.kind(),
                    withCursor && cursorOutcome != null ? cursorOutcome.cacheDir() : null,
                    prices.table(), request.mode(), ZoneTable.of(request.zone()), request.filter(), request.version()));
            Map<Source, SourceStats> stats = new EnumMap<>(Source.class);
            stats.putAll(data.stats());
            if (finalized.cursorStats() != null) {
                stats.put(Source.CURSOR, finalized.cursorStats());
            }
            warnings.addAll(finalized.warnings());
            long end = System.nanoTime();
            BranchTimings timings = new BranchTimings(cursor.elapsed, pricing.elapsed, parse.elapsed,
                    Duration.ofNanos(end - finalizeStart), Duration.ofNanos(end - start));
            return new RunResult(finalized.report(), engine.info(), prices.table().origin(), stats, warnings, timings);
        } catch (IOException e) {
            throw new LocalParseFailed("could not finish the report: " + e.getMessage(), e);
        }
    }

    private static String describe(Throwable t) {
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** One phase-1 branch: its task, its result and how long it took. */
    private static final class Branch<T> {
        private final Callable<T> task;
        private final CompletableFuture<T> future = new CompletableFuture<>();
        private volatile Duration elapsed = Duration.ZERO;

        Branch(Callable<T> task) {
            this.task = task;
        }

        void start(Executor executor) {
            executor.execute(this::runHere);
        }

        void runHere() {
            long t0 = System.nanoTime();
            try {
                T value = task.call();
                elapsed = Duration.ofNanos(System.nanoTime() - t0);
                future.complete(value);
            } catch (Exception | Error e) {
                elapsed = Duration.ofNanos(System.nanoTime() - t0);
                future.completeExceptionally(e);
            }
        }

        T result() throws ExecutionException {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExecutionException(e);
            }
        }

        /** The result, or null with a warning when the branch failed (it degrades, SPEC §8). */
        T settle(List<String> warnings, String what) {
            try {
                return result();
            } catch (ExecutionException e) {
                warnings.add(what + ": " + describe(e.getCause()));
                return null;
            }
        }
    }
}
