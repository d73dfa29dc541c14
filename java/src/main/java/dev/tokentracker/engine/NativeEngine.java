package dev.tokentracker.engine;

import dev.tokentracker.ffi.NativeCore;
import dev.tokentracker.ffi.NativeException;
import dev.tokentracker.model.Source;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.SourceStats;
import dev.tokentracker.source.opencode.OpenCodeParser;
import dev.tokentracker.source.opencode.OpenCodeStore;
import dev.tokentracker.source.opencode.StoreRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The native engine: both phases run in the Rust core; the parsed messages stay native between
 * them. Java contributes what the core does not do itself — the OpenCode SQLite rows (read with
 * the same reader the Java engine uses), the resolved locations, the price and zone tables — and
 * reads the report back into the shared report records.
 */
public final class NativeEngine implements Engine {

    private final NativeCore core;

    public NativeEngine(NativeCore core) {
        this.core = core;
    }

    @Override
    public EngineInfo info() {
        return new EngineInfo("native", core.version());
    }

    @Override
    public LocalData parseLocalSources(ParseRequest request) throws IOException {
        byte[] store = NativePayloads.storeRows(stores(request));
        try {
            NativeCore.Local local = core.parseLocalSources(NativePayloads.parseRequest(request), store);
            return new NativeLocalData(local, NativePayloads.stats(local.statsJson()));
        } catch (NativeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Finalized finalizeReport(LocalData local, FinalizeRequest request) throws IOException {
        NativeCore.Report entry = switch (request.kind()) {
            case MODELS -> NativeCore.Report.MODELS;
            case MONTHLY -> NativeCore.Report.MONTHLY;
            case DAILY -> NativeCore.Report.DAILY;
            case GRAPH -> NativeCore.Report.GRAPH;
        };
        try {
            String json = core.finalizeReport(entry, ((NativeLocalData) local).local,
                    NativePayloads.finalizeRequest(request), NativePayloads.priceTable(request.prices()),
                    NativePayloads.zoneTable(request.zone()));
            return NativeReports.read(request.kind(), json);
        } catch (NativeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The handle's messages as parse-golden text (tests). */
    public String dump(LocalData local) throws NativeException {
        return core.dump(((NativeLocalData) local).local);
    }

    /** OpenCode's store, read here because the core has no SQLite; unreadable = counted, not fatal. */
    private static List<NativePayloads.Store> stores(ParseRequest request) {
        List<NativePayloads.Store> stores = new ArrayList<>();
        if (!request.sources().contains(Source.OPENCODE)) {
            return stores;
        }
        Optional<DiscoveredFile> file = OpenCodeParser.storeFile(request.locations().openCodeData());
        if (file.isPresent()) {
            try {
                List<StoreRow> rows = OpenCodeStore.rows(file.get().path());
                stores.add(new NativePayloads.Store(file.get().path(), true, rows));
            } catch (IOException unreadable) {
                stores.add(new NativePayloads.Store(file.get().path(), false, List.of()));
            }
        }
        return stores;
    }

    private record NativeLocalData(NativeCore.Local local, Map<Source, SourceStats> stats) implements LocalData {
        @Override
        public long messageCount() {
            return stats.values().stream().mapToLong(SourceStats::messages).sum();
        }

        @Override
        public void close() {
            local.close();
        }
    }
}
