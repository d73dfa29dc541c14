package dev.tokentracker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Source;
import dev.tokentracker.pricing.CostMode;
import dev.tokentracker.report.DateFilter;
import dev.tokentracker.testing.NativeLibrary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cursor exports built from random pieces — rows good and bad, cells quoted or not, escaped
 * quotes, separators and line breaks inside quotes, stray quotes, lone carriage returns, blank
 * lines, non-ASCII and invalid bytes, odd numbers, costs and dates, several files and header
 * generations — read by both engines. The byte-level CSV reader, the row mapping and the
 * cross-file rule must agree on every message, count and warning.
 */
class CursorCsvFuzzParityTest {

    private static final String[] HEADERS = {
        "Date,Kind,Model,Max Mode,Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output Tokens,Total Tokens,Cost",
        "Date,User,Kind,Model,Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output,Total Tokens,Cost ($)",
        "Date,User,Kind,Max Mode,Model,Tokens,Cost ($)",
        "\"Date\",\"Kind\",\"Model\",\"Input (w/ Cache Write)\",\"Input (w/o Cache Write)\",\"Cache Read\",\"Output Tokens\"",
        "Date,Kind,Model,Tokens",
    };
    private static final String[] DATES = {"2026-01-31T23:59:59.999Z", "2026-02-01T00:00:00Z", "2026-02-01",
        "2026-02-01T09:00:00+09:00", "2026-02-01 12:00:00", "2026-02-30", "2026-02-01T24:00:00Z", "", "01/02/2026",
        "2026-02-01T12:00:00.5", "2026-02-0é"};
    private static final String[] KINDS = {"Included", "On-Demand", "Errored, No Charge", "Aborted, Not Charged",
        "Free", "", "errored, not charged"};
    private static final String[] MODELS = {"auto", "gpt-5", "claude-4.5-sonnet-thinking", "", "模型", "Gemini-2.5-Pro",
        " auto ", "o3"};
    private static final String[] NUMBERS = {"0", "1", "12345", "", "01", "1.5", "-1", "9223372036854775807",
        "9223372036854775808", " 7", "1e3"};
    private static final String[] COSTS = {"0.27", "0", "$1.50", "1,234.50", " 0.5 ", "Included", "-", "", "1e-3",
        "0.1234567890123", "00.5", "999999.999999999999", "1000000", "0,5"};

    @TempDir
    Path temp;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bothEnginesReadTheSameRandomExports(long seed) throws Exception {
        Engine nativeEngine = new NativeEngine(NativeLibrary.core());
        Random random = new Random(seed);
        Path home = temp.resolve("home");
        Path cache = Files.createDirectories(EngineHarness.locations(home).cursorCache());
        List<Map<String, String>> events = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
            events.add(event(random));
        }
        for (int file = 0, files = 1 + random.nextInt(3); file < files; file++) {
            Files.write(cache.resolve("export-" + file + ".csv"), export(random, events));
        }

        for (ReportKind kind : new ReportKind[] {ReportKind.MODELS, ReportKind.DAILY}) {
            EngineHarness.Variant variant = new EngineHarness.Variant(kind, ZoneId.of("UTC"), DateFilter.ALL, CostMode.AUTO);
            EngineHarness.Outcome java = EngineHarness.run(new JavaEngine("parity"), home, EnumSet.of(Source.CURSOR), variant);
            EngineHarness.Outcome nat = EngineHarness.run(nativeEngine, home, EnumSet.of(Source.CURSOR), variant);

            assertThat(nat.finalized().cursorStats()).as("Cursor counts").isEqualTo(java.finalized().cursorStats());
            assertThat(nat.finalized().warnings()).as("warnings").isEqualTo(java.finalized().warnings());
            assertThat(nat.finalized().report()).as("report").isEqualTo(java.finalized().report());
        }
    }

    /** One event's cells by column name: good values mostly, now and then an odd or bad one. */
    private static Map<String, String> event(Random random) {
        Map<String, String> cells = new HashMap<>();
        cells.put("Date", random.nextInt(6) == 0 ? pick(random, DATES)
                : String.format("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", 1 + random.nextInt(12), 1 + random.nextInt(28),
                        random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1000)));
        cells.put("Kind", pick(random, KINDS));
        cells.put("Model", pick(random, MODELS));
        cells.put("User", pick(random, new String[] {"You", "a \"quoted\", name"}));
        cells.put("Max Mode", pick(random, new String[] {"No", "Yes"}));
        long total = 0;
        for (String column : new String[] {"Input (w/ Cache Write)", "Input (w/o Cache Write)", "Cache Read", "Output"}) {
            long tokens = random.nextInt(3) == 0 ? 0 : random.nextInt(500_000);
            total += tokens;
            cells.put(column, random.nextInt(25) == 0 ? pick(random, NUMBERS) : Long.toString(tokens));
        }
        cells.put("Output Tokens", cells.get("Output"));
        cells.put("Total Tokens", Long.toString(total));
        cells.put("Tokens", random.nextInt(25) == 0 ? pick(random, NUMBERS) : Long.toString(total));
        cells.put("Cost", pick(random, COSTS));
        cells.put("Cost ($)", cells.get("Cost"));
        return cells;
    }

    /** An export of some of the events (some twice), in one header generation, with junk between. */
    private static byte[] export(Random random, List<Map<String, String>> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(4) == 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        String header = HEADERS[random.nextInt(HEADERS.length)];
        String[] columns = header.replace("\"", "").split(",", -1);
        String newline = random.nextBoolean() ? "\n" : "\r\n";
        out.writeBytes((header + newline).getBytes(StandardCharsets.UTF_8));
        for (int row = 0, rows = random.nextInt(2 * events.size() + 1); row < rows; row++) {
            if (random.nextInt(20) == 0) {
                out.writeBytes(junk(random));
            } else {
                Map<String, String> event = events.get(random.nextInt(events.size()));
                int cells = random.nextInt(30) == 0 ? columns.length + random.nextInt(3) - 1 : columns.length;
                for (int cell = 0; cell < cells; cell++) {
                    if (cell > 0) {
                        out.write(',');
                    }
                    out.writeBytes(cell(random, event.getOrDefault(columns[Math.min(cell, columns.length - 1)], "")));
                }
            }
            out.writeBytes((random.nextInt(10) == 0 ? "\r\n" : newline).getBytes(StandardCharsets.UTF_8));
            if (random.nextInt(12) == 0) {
                out.writeBytes(random.nextBoolean() ? new byte[] {'\n'} : new byte[] {' ', '\t', '\r', '\n'});
            }
        }
        return out.toByteArray();
    }

    /** A cell, quoted or not, now and then spoilt. */
    private static byte[] cell(Random random, String text) {
        boolean quoted = random.nextInt(4) != 0 || text.contains(",") || text.contains("\"");
        String written = quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
        byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(100)) {
            case 0 -> concat(bytes, new byte[] {'x'}); // text after the closing quote, or plain text
            case 1 -> concat(bytes, new byte[] {(byte) 0xC3}); // invalid UTF-8
            case 2 -> concat(new byte[] {'a', '"'}, bytes); // a quote inside an unquoted field
            case 3 -> concat(bytes, new byte[] {'\r'}); // a lone carriage return
            default -> bytes;
        };
    }

    /** A line that is no row at all, or a quoted field that runs over several lines. */
    private static byte[] junk(Random random) {
        String[] pieces = {"\"open quote, then\nmore,\"\"lines\"\"\",\"2026-02-01\"", "\"\"", ",,,,", "\"a\"\"", "é,日本",
            "\r\r", "\"2026-02-01T00:00:00Z\",\"x\ny\",\"auto\""};
        return pick(random, pieces).getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
