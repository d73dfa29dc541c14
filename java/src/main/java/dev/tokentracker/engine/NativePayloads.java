package dev.tokentracker.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokentracker.model.Source;
import dev.tokentracker.pricing.ModelRates;
import dev.tokentracker.pricing.PriceTable;
import dev.tokentracker.report.ZoneTable;
import dev.tokentracker.source.SourceLocations;
import dev.tokentracker.source.SourceStats;
import dev.tokentracker.source.opencode.StoreRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The request payloads the native engine sends, in the layouts of {@code docs/abi.md}: JSON for
 * requests, little-endian binary for the store rows, the price table and the zone table.
 */
final class NativePayloads {

    private NativePayloads() {
    }

    static byte[] parseRequest(ParseRequest request) {
        SourceLocations locations = request.locations();
        ObjectNode root = JsonTrees.object();
        ArrayNode sources = root.putArray("sources");
        for (Source source : Source.values()) {
            if (source.isLocal() && request.sources().contains(source)) {
                sources.add(source.id());
            }
        }
        paths(root.putArray("claudeRoots"), locations.claudeProjectRoots());
        paths(root.putArray("codexRoots"), locations.codexRoots());
        root.put("geminiTmp", locations.geminiTmp().toString());
        root.put("openCodeData", locations.openCodeData().toString());
        root.put("threads", request.threads());
        return bytes(root);
    }

    static byte[] finalizeRequest(FinalizeRequest request) {
        ObjectNode root = JsonTrees.object();
        if (request.cursorDir() == null) {
            root.putNull("cursorDir");
        } else {
            root.put("cursorDir", request.cursorDir().toString());
        }
        root.put("mode", request.mode().id());
        root.put("firstDay", request.filter().firstDay());
        root.put("lastDay", request.filter().lastDay());
        root.put("version", request.version());
        root.put("timezone", request.zone().zoneId());
        return bytes(root);
    }

    /** The OpenCode store, when there is one: its path, whether it could be read, its rows. */
    record Store(Path path, boolean readable, List<StoreRow> rows) {
    }

    static byte[] storeRows(List<Store> stores) {
        Binary out = new Binary();
        out.u32(stores.size());
        for (Store store : stores) {
            out.text(store.path().toString());
            out.u8(store.readable() ? 1 : 0);
            out.u32(store.rows().size());
            for (StoreRow row : store.rows()) {
                int present = (row.id() != null ? 1 : 0) | (row.sessionId() != null ? 2 : 0)
                        | (row.hasTimeCreated() ? 4 : 0) | (row.data() != null ? 8 : 0);
                out.u8(present);
                if (row.id() != null) {
                    out.text(row.id());
                }
                if (row.sessionId() != null) {
                    out.text(row.sessionId());
                }
                if (row.hasTimeCreated()) {
                    out.i64(row.timeCreatedMs());
                }
                if (row.data() != null) {
                    out.bytes(row.data());
                }
            }
        }
        return out.toByteArray();
    }

    static byte[] priceTable(PriceTable table) {
        Binary out = new Binary();
        out.u32(table.size());
        for (Map.Entry<String, ModelRates> entry : table.entries().entrySet()) {
            out.text(entry.getKey());
            ModelRates r = entry.getValue();
            for (long rate : new long[] {r.input(), r.output(), r.cacheRead(), r.cacheWrite(), r.cacheWrite1h(),
                r.inputAbove200k(), r.outputAbove200k(), r.cacheReadAbove200k(), r.cacheWriteAbove200k(),
                r.cacheWrite1hAbove200k()}) {
                out.i64(rate);
            }
        }
        return out.toByteArray();
    }

    static byte[] zoneTable(ZoneTable zone) {
        long[] starts = zone.starts();
        int[] offsets = zone.offsets();
        Binary out = new Binary();
        out.u32(starts.length);
        for (int i = 0; i < starts.length; i++) {
            out.i64(starts[i]);
            out.i32(offsets[i]);
        }
        return out.toByteArray();
    }

    static Map<Source, SourceStats> stats(String json) {
        Map<Source, SourceStats> stats = new EnumMap<>(Source.class);
        JsonNode root = tree(json);
        root.properties().forEach(e -> stats.put(Source.fromId(e.getKey()), sourceStats(Source.fromId(e.getKey()), e.getValue())));
        return stats;
    }

    static SourceStats sourceStats(Source source, JsonNode node) {
        return new SourceStats(source, node.get("filesRead").asLong(), node.get("filesUnreadable").asLong(),
                node.get("recordsParsed").asLong(), node.get("malformed").asLong(), node.get("duplicates").asLong(),
                node.get("messages").asLong());
    }

    static JsonNode tree(String json) {
        try {
            return JsonTrees.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("native engine returned invalid JSON", e);
        }
    }

    private static void paths(ArrayNode array, List<Path> paths) {
        paths.forEach(p -> array.add(p.toString()));
    }

    private static byte[] bytes(JsonNode node) {
        return JsonTrees.write(node);
    }

    /** A little-endian byte writer. */
    private static final class Binary {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

        void u8(int value) {
            out.write(value);
        }

        void u32(int value) {
            scratch.clear();
            scratch.putInt(value);
            out.write(scratch.array(), 0, 4);
        }

        void i32(int value) {
            u32(value);
        }

        void i64(long value) {
            scratch.clear();
            scratch.putLong(value);
            out.write(scratch.array(), 0, 8);
        }

        void bytes(byte[] value) {
            u32(value.length);
            out.write(value, 0, value.length);
        }

        void text(String value) {
            bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
