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
import java.util.ArrayList;
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
        List<UsageMessage> messages = new ArrayList<>(((JavaLocalData) local).result.messages());
        SourceStats cursorStats = null;
        List<String> warnings = List.of();
        if (request.cursorDir() != null) {
            CursorCsvResult cursor = CursorCsvReader.read(request.cursorDir());
            messages.addAll(cursor.messages());
            cursorStats = cursor.stats();
            warnings = cursor.warnings();
        }
        MessagePricer.Priced priced = new MessagePricer(new ModelResolver(request.prices()), request.mode(),
                request.zone(), request.filter()).price(messages);
        Report report = switch (request.kind()) {
            case MODELS -> ModelAggregator.build(priced);
            case MONTHLY -> PeriodAggregator.build(priced, PeriodReport.Granularity.MONTH);
            case DAILY -> PeriodAggregator.build(priced, PeriodReport.Granularity.DAY);
            case GRAPH -> GraphAggregator.build(priced, request.version(), request.zone().zoneId());
        };
        return new Finalized(report, cursorStats, warnings);
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
