package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.source.SourceStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CursorCsvReaderTest {

    private static final String HEADER =
            "Date,Kind,Model,Max Mode,Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output Tokens,Total Tokens,Cost\n";

    private static final String TOKENS =
            "Date,User,Kind,Model,Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output,Total Tokens,Cost ($)\n";
    private static final String DETAILS = "Date,User,Kind,Max Mode,Model,Tokens,Cost ($)\n";

    @TempDir
    Path cache;

    @Test
    void aMissingFolderIsEmpty() {
        CursorCsvResult result = CursorCsvReader.read(cache.resolve("cursor-cache"));

        assertThat(result.messages()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.stats()).isEqualTo(SourceStats.empty(Source.CURSOR));
    }

    @Test
    void warnsAboutAFileThatIsNotAnExport() throws IOException {
        Path other = write("expenses.csv", "Date,Amount\n2026-01-01,20\n");

        CursorCsvResult result = CursorCsvReader.read(cache);

        assertThat(result.stats().filesUnreadable()).isEqualTo(1);
        assertThat(result.stats().recordsParsed()).isZero();
        assertThat(result.warnings()).singleElement().asString()
                .contains(other.toString()).contains("not a Cursor usage export");
    }

    @Test
    void warnsOncePerFileAboutMalformedRowsNamingTheFirstLine() throws IOException {
        Path export = write("usage.csv", HEADER
                + "\"2026-01-01T00:00:03.000Z\",\"Included\",\"auto\",\"No\",\"1\",\"2\",\"3\",\"4\",\"10\",\"0.01\"\n"
                + "\"2026-01-01T00:00:02.000Z\",\"Included\",\"auto\",\"No\",\"1.5\",\"2\",\"3\",\"4\",\"10\",\"0.01\"\n"
                + "\"not a date\",\"Included\",\"auto\",\"No\",\"1\",\"2\",\"3\",\"4\",\"10\",\"0.01\"\n");

        CursorCsvResult result = CursorCsvReader.read(cache);

        assertThat(result.stats().malformed()).isEqualTo(2);
        assertThat(result.warnings()).containsExactly(export + ": skipped 2 malformed row(s), the first at line 3");
    }

    @Test
    void theCountOfARowAcrossFilesIsItsLargestCountInOneFile() throws IOException {
        String x = row("2026-01-01T00:00:00.000Z", "7");
        String y = row("2026-01-01T00:00:01.000Z", "8");
        write("a.csv", HEADER + x + x + y);
        write("b.csv", HEADER + y + x + x + x + y);
        write("c.csv", HEADER + x);

        CursorCsvResult result = CursorCsvReader.read(cache);

        assertThat(result.messages()).extracting(UsageMessage::input).containsExactly(7L, 7L, 8L, 8L, 7L);
        assertThat(result.stats().duplicates()).isEqualTo(4);
        assertThat(result.stats().recordsParsed()).isEqualTo(9);
    }

    @Test
    void rowsMatchByCellsAsReadWhateverTheQuoting() throws IOException {
        write("a.csv", HEADER + row("2026-01-01T00:00:00.000Z", "7"));
        write("b.csv", "\"Date\",\"Kind\",\"Model\",\"Max Mode\",\"Input (w/ Cache Write)\",\"Input (w/o Cache Write)\","
                + "\"Cache Read\",\"Output Tokens\",\"Total Tokens\",\"Cost\"\n"
                + "2026-01-01T00:00:00.000Z,Included,auto,No,0,7,0,0,7,0.01\n");

        CursorCsvResult result = CursorCsvReader.read(cache);

        assertThat(result.messages()).hasSize(1);
        assertThat(result.stats().duplicates()).isEqualTo(1);
    }

    @Test
    void theSameEventExportedInTwoGenerationsCountsOnceKeepingTheSplitCopy() throws IOException {
        // Record order puts the single-Tokens export first; its copy must still lose.
        write("a-details.csv", DETAILS + "\"2025-08-04T11:20:41.507Z\",\"You\",\"Included in Pro\",\"No\",\"auto\",3101,\"Included\"\n");
        write("b-tokens.csv", TOKENS + "\"2025-08-04T11:20:41.507Z\",\"You\",\"Included in Pro\",\"auto\",0,2710,0,391,3101,\"Included\"\n");

        CursorCsvResult result = CursorCsvReader.read(cache);

        assertThat(result.messages()).singleElement().satisfies(m -> {
            assertThat(m.input()).isEqualTo(2710);
            assertThat(m.output()).isEqualTo(391);
            assertThat(m.costRule()).isEqualTo(CostRule.PRICED_FIRST);
        });
        assertThat(result.stats().duplicates()).isEqualTo(1);
    }

    @Test
    void rowsThatDifferInInstantModelOrTotalAreDifferentEvents() throws IOException {
        write("a-tokens.csv", TOKENS
                + "\"2025-08-04T11:20:41.507Z\",\"You\",\"Included in Pro\",\"auto\",0,2710,0,391,3101,\"Included\"\n");
        write("b-details.csv", DETAILS
                + "\"2025-08-04T11:20:41.508Z\",\"You\",\"Included in Pro\",\"No\",\"auto\",3101,\"Included\"\n"
                + "\"2025-08-04T11:20:41.507Z\",\"You\",\"Included in Pro\",\"No\",\"gpt-5\",3101,\"Included\"\n"
                + "\"2025-08-04T11:20:41.507Z\",\"You\",\"Included in Pro\",\"No\",\"auto\",3102,\"Included\"\n");

        CursorCsvResult result = CursorCsvReader.read(cache);

        assertThat(result.messages()).hasSize(4);
        assertThat(result.stats().duplicates()).isZero();
    }

    @Test
    void aRowThatDiffersOnlyInColumnsOutsideTheIdentityIsTheSameEvent() throws IOException {
        // Kind renamed between exports, cost cell changed: still one event.
        write("a.csv", HEADER + "\"2026-01-01T00:00:00.000Z\",\"Errored, Not Charged\",\"auto\",\"No\",\"1\",\"2\",\"3\",\"4\",\"10\",\"0.01\"\n");
        write("b.csv", HEADER + "\"2026-01-01T00:00:00.000Z\",\"Errored, No Charge\",\"auto\",\"No\",\"1\",\"2\",\"3\",\"4\",\"10\",\"0.00\"\n");

        CursorCsvResult result = CursorCsvReader.read(cache);

        assertThat(result.messages()).hasSize(1);
        assertThat(result.messages().getFirst().reportedCostPicos()).isEqualTo(10_000_000_000L);
    }

    @Test
    void identicalEventsInOneFileStayApartAcrossGenerations() throws IOException {
        String tokensRow = "\"2025-08-04T11:20:41.507Z\",\"You\",\"Included in Pro\",\"auto\",0,2710,0,391,3101,\"Included\"\n";
        String detailsRow = "\"2025-08-04T11:20:41.507Z\",\"You\",\"Included in Pro\",\"No\",\"auto\",3101,\"Included\"\n";
        write("a-tokens.csv", TOKENS + tokensRow + tokensRow);
        write("b-details.csv", DETAILS + detailsRow + detailsRow + detailsRow);

        CursorCsvResult result = CursorCsvReader.read(cache);

        assertThat(result.messages()).extracting(UsageMessage::costRule)
                .containsExactly(CostRule.PRICED_FIRST, CostRule.PRICED_FIRST, CostRule.REPORTED_ONLY);
        assertThat(result.stats().duplicates()).isEqualTo(2);
    }

    @Test
    void anExportWithACostColumnIsPreferredToOneWithout() throws IOException {
        write("a-2026.csv", "Date,Cloud Agent ID,Automation ID,Kind,Model,Max Mode,Input (w/ Cache Write),"
                + "Input (w/o Cache Write),Cache Read,Output Tokens,Total Tokens,Requests\n"
                + "\"2026-01-01T00:00:00.000Z\",\"\",\"\",\"Included\",\"auto\",\"No\",\"1\",\"2\",\"3\",\"4\",\"10\",\"1\"\n");
        write("b-2025.csv", HEADER + "\"2026-01-01T00:00:00.000Z\",\"Included\",\"auto\",\"No\",\"1\",\"2\",\"3\",\"4\",\"10\",\"0.05\"\n");

        CursorCsvResult result = CursorCsvReader.read(cache);

        assertThat(result.messages()).singleElement()
                .extracting(UsageMessage::reportedCostPicos).isEqualTo(50_000_000_000L);
    }

    @Test
    void malformedRowsAreNeverDuplicates() throws IOException {
        String bad = "\"2026-01-01T00:00:00.000Z\",\"Included\",\"auto\"\n";
        write("a.csv", HEADER + bad);
        write("b.csv", HEADER + bad);

        CursorCsvResult result = CursorCsvReader.read(cache);

        assertThat(result.stats().malformed()).isEqualTo(2);
        assertThat(result.stats().duplicates()).isZero();
    }

    @Test
    void readsOnlyCsvFilesDirectlyInTheFolderInRecordOrder() throws IOException {
        write("b.csv", HEADER + row("2026-01-02T00:00:00.000Z", "2"));
        write("a.csv", HEADER + row("2026-01-03T00:00:00.000Z", "1"));
        write("sub/c.csv", HEADER + row("2026-01-04T00:00:00.000Z", "3"));
        write("notes.txt", HEADER + row("2026-01-05T00:00:00.000Z", "4"));

        CursorCsvResult result = CursorCsvReader.read(cache);

        assertThat(result.messages()).extracting(UsageMessage::input).containsExactly(1L, 2L);
        assertThat(result.stats().filesRead()).isEqualTo(2);
    }

    @Test
    void aSingleTokensColumnIsInputCostedFromTheCsvOnly() throws IOException {
        write("details.csv", "Date,User,Kind,Max Mode,Model,Tokens,Cost ($)\n"
                + "\"2025-08-10T09:17:47.114Z\",\"You\",\"Included in Pro\",\"No\",\"auto\",220637,\"0.42\"\n");

        UsageMessage message = CursorCsvReader.read(cache).messages().getFirst();

        assertThat(message.input()).isEqualTo(220637);
        assertThat(message.totalTokens()).isEqualTo(220637);
        assertThat(message.reportedCostPicos()).isEqualTo(420_000_000_000L);
        assertThat(message.costRule()).isEqualTo(CostRule.REPORTED_ONLY);
    }

    @Test
    void aLeadingZeroInATokenCellIsMalformedAsInJson() throws IOException {
        write("usage.csv", HEADER + row("2026-01-01T00:00:00.000Z", "07"));

        assertThat(CursorCsvReader.read(cache).stats().malformed()).isEqualTo(1);
    }

    private static String row(String date, String input) {
        return "\"" + date + "\",\"Included\",\"auto\",\"No\",\"0\",\"" + input + "\",\"0\",\"0\",\"" + input
                + "\",\"0.01\"\n";
    }

    private Path write(String name, String text) throws IOException {
        Path file = cache.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
