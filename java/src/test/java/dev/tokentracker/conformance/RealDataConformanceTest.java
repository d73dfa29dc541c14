package dev.tokentracker.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokentracker.cursor.CursorCsvReader;
import dev.tokentracker.cursor.CursorCsvResult;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.report.TokenTotals;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.LocalSources;
import dev.tokentracker.source.SourceParser;
import dev.tokentracker.source.SourceResult;
import dev.tokentracker.source.SourceStats;
import dev.tokentracker.testing.Golden;
import dev.tokentracker.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parses every file of the real-data corpus ({@code ../shared/realdata}, absent on machines that
 * do not have it: the test is then skipped) and pins the per-source counts in
 * {@code testdata/golden/conformance/realdata.txt}. Every malformed or unreadable count in that
 * golden must be explained in {@code docs/conformance.md}.
 *
 * <p>Files are handed to each source's parser directly (not through discovery), one corpus folder
 * at a time, because the corpus keeps each origin repository's own layout. OpenCode's store
 * arrives as a row dump; it is loaded into a real SQLite database first, so the store reader runs
 * on real rows.
 */
class RealDataConformanceTest {

    @TempDir
    Path temp;

    @Test
    void everyRealFileParsesAndTheCountsMatchTheGolden() throws Exception {
        Path corpus = TestData.realData();
        assumeTrue(Files.isDirectory(corpus), "no real-data corpus at " + corpus);
        StringBuilder report = new StringBuilder();
        for (Source source : Source.values()) {
            Path sourceDir = corpus.resolve(source.id());
            if (!Files.isDirectory(sourceDir)) {
                continue;
            }
            SourceStats total = SourceStats.empty(source);
            TokenTotals tokens = TokenTotals.ZERO;
            for (Path origin : children(sourceDir)) {
                SourceResult result = source == Source.CURSOR ? cursor(origin) : local(source, origin);
                report.append(line(source.id() + " " + origin.getFileName(), result.stats(), sum(result.messages())));
                total = total.plus(result.stats());
                tokens = tokens.plus(sum(result.messages()));
            }
            report.append(line(source.id() + " TOTAL", total, tokens)).append('\n');
        }
        Golden.assertMatches("conformance/realdata.txt", report.toString());
    }

    @Test
    void noRealRecordIsMalformedOrUnreadable() throws Exception {
        Path corpus = TestData.realData();
        assumeTrue(Files.isDirectory(corpus), "no real-data corpus at " + corpus);
        for (Source source : Source.values()) {
            Path sourceDir = corpus.resolve(source.id());
            if (!Files.isDirectory(sourceDir)) {
                continue;
            }
            for (Path origin : children(sourceDir)) {
                SourceStats stats = (source == Source.CURSOR ? cursor(origin) : local(source, origin)).stats();
                assertThat(stats.malformed()).as("malformed records in %s", origin).isZero();
                assertThat(stats.filesUnreadable()).as("unreadable files in %s", origin).isZero();
            }
        }
    }

    private SourceResult local(Source source, Path origin) throws Exception {
        SourceParser<?> parser = LocalSources.parser(source);
        List<DiscoveredFile> files = new ArrayList<>();
        for (Path file : filesOf(source, origin)) {
            files.add(DiscoveredFile.of(file, Files.size(file)));
        }
        if (source == Source.OPENCODE) {
            for (Path extract : extracts(origin)) {
                Path db = storeFromExtract(extract);
                files.add(DiscoveredFile.of(db, Files.size(db)));
            }
        }
        files.sort(DiscoveredFile.RECORD_ORDER);
        return parseAll(parser, files);
    }

    private static <F> SourceResult parseAll(SourceParser<F> parser, List<DiscoveredFile> files) throws IOException {
        List<F> parsed = new ArrayList<>();
        for (DiscoveredFile file : files) {
            parsed.add(parser.parseFile(file));
        }
        return parser.merge(files, parsed);
    }

    /** Every folder holding CSVs is one cache folder, read like the real one. */
    private static SourceResult cursor(Path origin) throws IOException {
        List<UsageMessage> messages = new ArrayList<>();
        SourceStats stats = SourceStats.empty(Source.CURSOR);
        TreeMap<String, Path> folders = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(origin)) {
            walk.filter(p -> p.toString().endsWith(".csv")).forEach(p -> folders.put(p.getParent().toString(), p.getParent()));
        }
        for (Path folder : folders.values()) {
            CursorCsvResult result = CursorCsvReader.read(folder);
            messages.addAll(result.messages());
            stats = stats.plus(result.stats());
        }
        return new SourceResult(messages, stats);
    }

    private static List<Path> filesOf(Source source, Path origin) throws IOException {
        try (Stream<Path> walk = Files.walk(origin)) {
            return walk.filter(Files::isRegularFile).filter(p -> belongsTo(source, p)).sorted().toList();
        }
    }

    private static boolean belongsTo(Source source, Path file) {
        String name = file.getFileName().toString();
        String path = file.toString();
        return switch (source) {
            case CLAUDE, CODEX -> name.endsWith(".jsonl");
            case GEMINI -> name.startsWith("session-") && (name.endsWith(".json") || name.endsWith(".jsonl"))
                    && file.getParent().getFileName().toString().equals("chats");
            case OPENCODE -> name.endsWith(".json") && path.contains("/storage/message/");
            case CURSOR -> false;
        };
    }

    private static List<Path> extracts(Path origin) throws IOException {
        try (Stream<Path> walk = Files.walk(origin)) {
            return walk.filter(p -> p.getFileName().toString().equals("opencode.db.EXTRACT")).sorted().toList();
        }
    }

    /** Rebuilds an OpenCode store from the corpus's schema and message-row dump. */
    private Path storeFromExtract(Path extract) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("store-" + extract.getParent().getParent().getParent().getFileName()));
        Path db = dir.resolve("opencode.db");
        ObjectMapper json = new ObjectMapper();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE TABLE message (id text PRIMARY KEY, session_id text NOT NULL, "
                        + "time_created integer NOT NULL, time_updated integer NOT NULL, data text NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO message VALUES (?, ?, ?, ?, ?)")) {
                for (String row : Files.readAllLines(extract.resolve("message.rows.jsonl"))) {
                    if (row.isBlank()) {
                        continue;
                    }
                    JsonNode node = json.readTree(row);
                    insert.setString(1, node.get("id").asText());
                    insert.setString(2, node.get("session_id").asText());
                    insert.setLong(3, node.get("time_created").asLong());
                    insert.setLong(4, node.get("time_updated").asLong());
                    insert.setString(5, node.get("data").asText());
                    insert.executeUpdate();
                }
            }
        }
        return db;
    }

    private static List<Path> children(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static TokenTotals sum(List<UsageMessage> messages) {
        TokenTotals total = TokenTotals.ZERO;
        for (UsageMessage m : messages) {
            total = total.plus(TokenTotals.of(m));
        }
        return total;
    }

    private static String line(String label, SourceStats s, TokenTotals t) {
        return String.format("%-50s files=%d unreadable=%d records=%d malformed=%d duplicates=%d messages=%d"
                + " input=%d output=%d cacheRead=%d cacheWrite=%d reasoning=%d%n",
                label, s.filesRead(), s.filesUnreadable(), s.recordsParsed(), s.malformed(), s.duplicates(),
                s.messages(), t.input(), t.output(), t.cacheRead(), t.cacheWrite(), t.reasoning());
    }
}
