package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    @Test
    void splitsFieldsAndRecords() throws IOException {
        List<CsvRecord> records = read("a,b,c\n1,2,3\n");

        assertThat(cells(records)).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
        assertThat(records).allMatch(CsvRecord::wellFormed);
    }

    @Test
    void mixesQuotedAndUnquotedFieldsAsTheUsageTokensExportDoes() throws IOException {
        List<CsvRecord> records = read("\"2025-08-09T09:53:39.554Z\",\"You\",8830,0,\"Included\"\n");

        assertThat(cells(records)).containsExactly(
                List.of("2025-08-09T09:53:39.554Z", "You", "8830", "0", "Included"));
    }

    @Test
    void quotedFieldsHoldCommasEscapedQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = read("\"Errored, No Charge\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\nnext\n");

        assertThat(cells(records)).containsExactly(
                List.of("Errored, No Charge", "say \"hi\"", "two\nlines", ""), List.of("next"));
        assertThat(records).allMatch(CsvRecord::wellFormed);
    }

    @Test
    void crlfEndsARecordButStaysTextInsideQuotes() throws IOException {
        List<CsvRecord> records = read("a,b\r\n\"x\r\ny\",z\r\n");

        assertThat(cells(records)).containsExactly(List.of("a", "b"), List.of("x\r\ny", "z"));
    }

    @Test
    void aLoneCarriageReturnIsText() throws IOException {
        assertThat(cells(read("a\rb,c\n"))).containsExactly(List.of("a\rb", "c"));
    }

    @Test
    void emptyFieldsAndATrailingSeparatorGiveEmptyCells() throws IOException {
        assertThat(cells(read("a,,b,\n,\n"))).containsExactly(List.of("a", "", "b", ""), List.of("", ""));
    }

    @Test
    void theLastRecordNeedsNoLineBreak() throws IOException {
        assertThat(cells(read("a,b\nc,\"d\""))).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void blankLinesAreNotRecordsButAQuotedEmptyFieldIs() throws IOException {
        List<CsvRecord> records = read("\n  \t\na\n\r\n\n\"\"\n \n");

        assertThat(cells(records)).containsExactly(List.of("a"), List.of(""));
    }

    @Test
    void skipsAByteOrderMarkAtTheStartOnly() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = bytes(new String(bom, StandardCharsets.UTF_8) + "Date,Model\n"
                + new String(bom, StandardCharsets.UTF_8) + "x,y\n");

        assertThat(cells(read(text))).containsExactly(List.of("Date", "Model"), List.of("\uFEFFx", "y"));
    }

    @Test
    void aFileOfNothingOrOnlyAByteOrderMarkHasNoRecords() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(read("\uFEFF")).isEmpty();
        assertThat(read("\uFEFF\r\n")).isEmpty();
    }

    @Test
    void anUnterminatedQuoteRunsToTheEndAndMakesThatRecordMalformed() throws IOException {
        List<CsvRecord> records = read("a,b\n\"c,d\ne,f\n");

        assertThat(cells(records)).containsExactly(List.of("a", "b"), List.of("c,d\ne,f\n"));
        assertThat(records).extracting(CsvRecord::wellFormed).containsExactly(true, false);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptAndMakesTheRecordMalformed() throws IOException {
        List<CsvRecord> records = read("ab\"c,d\nnext,row\n");

        assertThat(cells(records)).containsExactly(List.of("ab\"c", "d"), List.of("next", "row"));
        assertThat(records).extracting(CsvRecord::wellFormed).containsExactly(false, true);
    }

    @Test
    void textAfterAClosingQuoteIsKeptAndMakesTheRecordMalformed() throws IOException {
        List<CsvRecord> records = read("\"ab\"c,d\nnext,row\n");

        assertThat(cells(records)).containsExactly(List.of("abc", "d"), List.of("next", "row"));
        assertThat(records).extracting(CsvRecord::wellFormed).containsExactly(false, true);
    }

    @Test
    void decodesUtf8AndRejectsInvalidBytes() throws IOException {
        byte[] valid = bytes("\"日本\",é\n");
        byte[] invalid = {'o', 'k', '\n', (byte) 0xC3, ',', 'x', '\n', 'a', '\n'};

        assertThat(cells(read(valid))).containsExactly(List.of("日本", "é"));
        assertThat(read(invalid)).extracting(CsvRecord::wellFormed).containsExactly(true, false, true);
    }

    @Test
    void rejectsEncodedSurrogatesAsRustDoes() throws IOException {
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};

        assertThat(read(surrogate)).extracting(CsvRecord::wellFormed).containsExactly(false);
    }

    @Test
    void recordsKnowTheLineTheyStartOn() throws IOException {
        List<CsvRecord> records = read("h\n\n\"multi\nline\"\r\nlast\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 3L, 5L);
    }

    @Test
    void longCellsAndByteByByteInputReadTheSame() throws IOException {
        String longCell = "x".repeat(20_000);
        String text = "\uFEFF\"" + longCell + "\",\"a\"\"b\"\r\nc,d\r\n";

        List<CsvRecord> whole = read(text);
        List<CsvRecord> trickled = read(new OneByteAtATime(bytes(text)));

        assertThat(cells(whole)).containsExactly(List.of(longCell, "a\"b"), List.of("c", "d"));
        assertThat(trickled).isEqualTo(whole);
    }

    @Test
    void nonAsciiBytesAreCheckedInEveryKindOfRun() throws IOException {
        byte[] text = {
            '"', (byte) 0xC3, '"', ',', 'x', '\n', // invalid, quoted
            'a', (byte) 0xC3, ',', (byte) 0xA9, 'b', '\n', // a valid pair split by a separator
            '"', 'o', 'k', '"', ',', (byte) 0xC3, (byte) 0xA9, '\n', // valid, unquoted, after a quoted cell
            '"', (byte) 0xE6, (byte) 0x97, (byte) 0xA5, '"', '"', '"', ',', 'x', '\n'}; // valid, quoted, then ""

        List<CsvRecord> records = read(text);

        assertThat(records).extracting(CsvRecord::wellFormed).containsExactly(false, false, true, true);
        assertThat(records.get(2).cells()).containsExactly("ok", "é");
        assertThat(records.get(3).cells()).containsExactly("日\"", "x");
    }

    @Test
    void advanceLeavesTheCellsAsBytes() throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes("\n\"a,\"\"b\",,é\r\nz")));

        assertThat(reader.advance()).isTrue();
        CsvCells cells = reader.cells();
        assertThat(cells.count()).isEqualTo(3);
        assertThat(new String(cells.bytes(), cells.start(0), cells.end(0) - cells.start(0), StandardCharsets.UTF_8))
                .isEqualTo("a,\"b");
        assertThat(cells.isEmpty(1)).isTrue();
        assertThat(cells.text(2)).isEqualTo("é");
        assertThat(reader.line()).isEqualTo(2);
        assertThat(reader.wellFormed()).isTrue();
        assertThat(reader.advance()).isTrue();
        assertThat(cells.texts()).containsExactly("z");
        assertThat(reader.advance()).isFalse();
    }

    @Test
    void randomFilesReadTheSameWhateverTheReadSizes() throws IOException {
        // Past the 64 KiB buffer, with runs that straddle its refills at every kind of byte.
        byte[] text = randomCsv(new Random(42), 300_000);

        List<CsvRecord> whole = read(text);
        List<CsvRecord> trickled = read(new OneByteAtATime(text));
        List<CsvRecord> chunked = read(new RandomChunks(text, new Random(7)));

        assertThat(whole.size()).isGreaterThan(300);
        assertThat(whole).extracting(CsvRecord::wellFormed).contains(true, false);
        assertThat(trickled).isEqualTo(whole);
        assertThat(chunked).isEqualTo(whole);
    }

    /** Pieces of CSV, good and bad, picked at random until {@code size} bytes. */
    private static byte[] randomCsv(Random random, int size) {
        String[] pieces = {"a", "12", "é", "日本", ",", ",", "\n", "\r\n", "\r", " ", "\t", "\"", "\"\"",
            "\"q,\n\"", "\"x\"\"y\"", "\"\r\n\"", "\uFEFF"};
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (out.size() < size) {
            int pick = random.nextInt(pieces.length + 2);
            if (pick == pieces.length) {
                out.writeBytes(bytes("x".repeat(random.nextInt(3000))));
            } else if (pick == pieces.length + 1) {
                out.write(0xC3); // a lone lead byte: invalid UTF-8
            } else {
                out.writeBytes(bytes(pieces[pick]));
            }
        }
        return out.toByteArray();
    }

    private static List<CsvRecord> read(String text) throws IOException {
        return read(bytes(text));
    }

    private static List<CsvRecord> read(byte[] bytes) throws IOException {
        return read(new ByteArrayInputStream(bytes));
    }

    private static List<CsvRecord> read(InputStream in) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(in);
        List<CsvRecord> records = new ArrayList<>();
        for (Optional<CsvRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            records.add(next.get());
        }
        return records;
    }

    private static List<List<String>> cells(List<CsvRecord> records) {
        return records.stream().map(CsvRecord::cells).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An input that hands over a random number of bytes per read. */
    private static final class RandomChunks extends InputStream {
        private final ByteArrayInputStream in;
        private final Random random;

        RandomChunks(byte[] bytes, Random random) {
            this.in = new ByteArrayInputStream(bytes);
            this.random = random;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, 1 + random.nextInt(5000)));
        }
    }

    /** An input that hands over one byte per read, as a slow pipe might. */
    private static final class OneByteAtATime extends InputStream {
        private final ByteArrayInputStream in;

        OneByteAtATime(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, 1));
        }
    }
}
