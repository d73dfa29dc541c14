package dev.tokentracker.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokentracker.pricing.PriceSnapshot;
import dev.tokentracker.testing.PriceCacheFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the end-to-end suites share: the generated home (written once per JVM), the price table a
 * stand-in LiteLLM serves, the engines to run, and the environment every child starts from.
 */
final class E2e {

    /** Sessions per local source in the shared home: a few hundred files, parsed in well under a second. */
    static final int SESSIONS = 12;

    /** Nothing listens here: a run that should not touch the network fails fast if it tries. */
    static final String NOWHERE = "http://127.0.0.1:9";

    /** The loopback path the stand-in LiteLLM serves its table at. */
    static final String PRICES_PATH = "/model_prices_and_context_window.json";

    private static final Path DIR = Path.of(System.getProperty("tokentracker.e2e.dir", "target/e2e")).toAbsolutePath();

    private E2e() {
    }

    /** The shared generated home; read-only for everyone (runs that write get homes of their own). */
    static Path home() {
        return Home.PATH;
    }

    private static final class Home {
        static final Path PATH = create();

        private static Path create() {
            PackagedJar.requireBuilt();
            Path home = DIR.resolve("home");
            deleteTree(home);
            return CorpusWriter.write(home, 20260315L, SESSIONS);
        }
    }

    /**
     * The environment of a run with prices from a fresh cache (no fetch) and no Cursor login: the
     * same bytes every time, whatever the machine. The pricing URL stays the default one, because
     * a cache is fresh only for the URL it was fetched from.
     *
     * @param scratch a directory of the test's own, used as {@code $HOME}
     */
    static Map<String, String> offlineEnv(Path scratch) {
        return Map.of("HOME", scratch.toString(),
                "XDG_CACHE_HOME", PriceCacheFixture.freshAt(FRESH_AT),
                "TOKEN_TRACKER_HOME", scratch.resolve("tracker").toString(),
                "TOKEN_TRACKER_CURSOR_URL", NOWHERE);
    }

    /** When the shared fresh price cache was "fetched": at class load, so it is fresh for an hour. */
    private static final Instant FRESH_AT = Instant.now();

    /** The engines every case runs with: java always, native when usable (or required). */
    static List<String> engines() {
        return NativeProbe.USABLE ? List.of("java", "native") : List.of("java");
    }

    /** Skips the calling test when the native engine cannot run (fails when it is required). */
    static void assumeNative() {
        assumeTrue(NativeProbe.USABLE, () -> "native engine unavailable: " + NativeProbe.PROBLEM);
    }

    /** Whether the packaged jar's native engine runs here, found out once by running it. */
    private static final class NativeProbe {
        static final boolean USABLE;
        static final String PROBLEM;

        static {
            Path empty = DIR.resolve("probe-home");
            try {
                Files.createDirectories(empty);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PackagedJar.requireBuilt();
            PackagedJar.Result probe = new PackagedJar.Run(new Invocations()).env(offlineEnv(empty))
                    .args("models", "--engine", "native", "--home", empty.toString()).go();
            USABLE = probe.exitCode() == 0;
            PROBLEM = probe.err().strip();
            if (!USABLE && "1".equals(System.getenv("TOKEN_TRACKER_REQUIRE_NATIVE"))) {
                throw new AssertionError("TOKEN_TRACKER_REQUIRE_NATIVE=1 but the packaged jar's native engine is unusable: " + PROBLEM);
            }
        }
    }

    /** The engines as JUnit arguments. */
    static Stream<String> engineNames() {
        return engines().stream();
    }

    /**
     * The bundled snapshot's prices written back as a LiteLLM table, so that a run that fetches
     * prices from the stand-in LiteLLM prices exactly like one that uses the snapshot.
     */
    static byte[] liteLlmTable() {
        return Table.BYTES.clone();
    }

    private static final class Table {
        /** Snapshot field names → LiteLLM field names (the snapshot stores picodollars per token). */
        private static final Map<String, String> FIELDS = Map.of(
                "input", "input_cost_per_token",
                "output", "output_cost_per_token",
                "cacheRead", "cache_read_input_token_cost",
                "cacheWrite", "cache_creation_input_token_cost",
                "cacheWrite1h", "cache_creation_input_token_cost_above_1hr",
                "inputAbove200k", "input_cost_per_token_above_200k_tokens",
                "outputAbove200k", "output_cost_per_token_above_200k_tokens",
                "cacheReadAbove200k", "cache_read_input_token_cost_above_200k_tokens",
                "cacheWriteAbove200k", "cache_creation_input_token_cost_above_200k_tokens",
                "cacheWrite1hAbove200k", "cache_creation_input_token_cost_above_1hr_above_200k_tokens");

        static final byte[] BYTES = build();

        private static byte[] build() {
            ObjectMapper json = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
            try (InputStream in = PriceSnapshot.class.getResourceAsStream(PriceSnapshot.RESOURCE)) {
                JsonNode models = json.readTree(in).get("models");
                ObjectNode table = json.createObjectNode();
                for (Map.Entry<String, JsonNode> model : models.properties()) {
                    ObjectNode entry = table.putObject(model.getKey());
                    entry.put("mode", "chat");
                    for (Map.Entry<String, JsonNode> rate : model.getValue().properties()) {
                        String field = FIELDS.get(rate.getKey());
                        if (field == null) {
                            throw new IllegalStateException("unknown snapshot field " + rate.getKey());
                        }
                        entry.put(field, BigDecimal.valueOf(rate.getValue().asLong(), 12).stripTrailingZeros());
                    }
                }
                return json.writeValueAsString(table).getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A fresh directory under the suite's work directory, for runs that write. */
    static Path scratch(String name) {
        try {
            Files.createDirectories(DIR);
            return Files.createTempDirectory(DIR, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
