package dev.tokentracker.engine;

import dev.tokentracker.cursor.CursorCsvReader;
import dev.tokentracker.cursor.CursorCsvResult;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.pricing.ModelResolver;
import dev.tokentracker.report.GraphAggregator;
import dev.tokentracker.report.MessagePricer;
import dev.tokentracker.report.ModelAggregator;
import dev.tokentracker.report.PeriodAggregator;
import dev.tokentracker.report.PeriodReport;
import dev.tokentracker.report.Report;
import dev.tokentracker.source.LocalParseResult;
import dev.tokentracker.source.LocalParser;
import dev.tokentracker.source.SourceStats;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The pure-Java engine: the reference implementation of both phases. */
public final class JavaEngine implements Engine {

    private final EngineInfo info;

    /** @param why why the Java engine runs (asked for, or why native is unusable) */
    public JavaEngine(String why) {
        this.info = new EngineInfo("java", why);
    }

    @Override
    public EngineInfo info() {
        return info;
    }

    @Override
    public LocalData parseLocalSources(ParseRequest request) throws IOException {
        LocalParseResult result = new LocalParser(request.threads()).parse(request.sources(), request.locations());
        return new JavaLocalData(result);
    }

    @Override
    public Finalized finalizeReport(LocalData local, FinalizeRequest request) throws IOException {
        List<UsageMessage> localMessages = ((JavaLocalData) local).result.messages();
        MessagePricer pricer = new MessagePricer(new ModelResolver(request.prices()), request.mode(),
                request.zone(), request.filter());
        SourceStats cursorStats = null;
        List<String> warnings = List.of();
        MessagePricer.Priced priced;
        if (request.cursorDir() == null) {
            priced = pricer.price(localMessages);
        } else {
            // The local messages are priced on another thread while this one reads the Cursor
            // CSV: on a real home each takes a good part of phase 2 and neither needs the other.
            // Pricing is per message, so local + Cursor priced apart and joined is the same as
            // priced together.
            PricingThread localPricing = new PricingThread(pricer, localMessages);
            CursorCsvResult cursor = CursorCsvReader.read(request.cursorDir());
            priced = MessagePricer.concat(localPricing.join(), pricer.price(cursor.messages()));
            cursorStats = cursor.stats();
            warnings = cursor.warnings();
        }
        Report report = switch (request.kind()) {
            case MODELS -> ModelAggregator.build(priced);
            case MONTHLY -> PeriodAggregator.build(priced, PeriodReport.Granularity.MONTH);
            case DAILY -> PeriodAggregator.build(priced, PeriodReport.Granularity.DAY);
            case GRAPH -> GraphAggregator.build(priced, request.version(), request.zone().zoneId());
        };
        return new Finalized(report, cursorStats, warnings);
    }

    /** {@link MessagePricer#price} on a platform thread of its own, started at once. */
    private static final class PricingThread {
        private final Thread thread;
        private MessagePricer.Priced result;
        private RuntimeException failure;

        PricingThread(MessagePricer pricer, List<UsageMessage> messages) {
            this.thread = Thread.ofPlatform().daemon().name("token-tracker-pricing").start(() -> {
                try {
                    result = pricer.price(messages);
                } catch (RuntimeException e) {
                    failure = e;
                }
            });
        }

        MessagePricer.Priced join() throws IOException {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while pricing", e);
            }
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    private record JavaLocalData(LocalParseResult result) implements LocalData {
        @Override
        public Map<Source, SourceStats> stats() {
            return result.stats();
        }

        @Override
        public long messageCount() {
            return result.messages().size();
        }

        @Override
        public void close() {
            // Nothing to release: the messages are ordinary Java objects.
        }
    }
}
