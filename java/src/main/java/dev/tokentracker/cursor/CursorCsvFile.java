package dev.tokentracker.cursor;

import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.scan.MalformedRecordException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one export file: its header row, then every data row as a message or as malformed.
 * Cross-file rules (overlapping exports) are not applied here; see {@link CursorCsvReader}.
 */
final class CursorCsvFile {

    /**
     * What a row is, for telling copies of one event apart across exports: the three facts that
     * every export generation records the same way — the instant (to the millisecond), the model,
     * and the total of the token columns. The other columns are not part of it because they are
     * not stable across generations: kinds were renamed ({@code Included in Pro} →
     * {@code Included}, {@code Errored, Not Charged} → {@code Errored, No Charge}), the cost
     * column changed meaning, and the 2025-08 generation has one {@code Tokens} column where the
     * others split it in four (its value is their sum).
     *
     * <p>{@code equals} and {@code hashCode} are written out: a record's generated ones go through
     * method handles, which cost a lot per call in a short run.
     */
    record RowIdentity(long timestampMs, String modelId, long totalTokens) {

        static RowIdentity of(UsageMessage message) {
            return new RowIdentity(message.timestampMs(), message.modelId(), message.totalTokens());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RowIdentity other && timestampMs == other.timestampMs
                    && totalTokens == other.totalTokens && modelId.equals(other.modelId);
        }

        @Override
        public int hashCode() {
            return (Long.hashCode(timestampMs) * 31 + modelId.hashCode()) * 31 + Long.hashCode(totalTokens);
        }
    }

    /**
     * The rows of one export, in file order.
     *
     * @param rank               how much the export's columns say about a row, 0 = most
     *                           ({@link CursorColumns#rank()}); the copy of an event kept across
     *                           exports comes from the lowest rank
     * @param rows               one message per row that is not malformed
     * @param recordsParsed      data records read (not the header, not blank lines)
     * @param malformed          data records skipped as malformed
     * @param firstMalformedLine the line on which the first malformed record starts, 0 if none
     */
    record Content(int rank, List<UsageMessage> rows, long recordsParsed, long malformed, long firstMalformedLine) {
    }

    private CursorCsvFile() {
    }

    /**
     * The file's rows, or empty when it is not a Cursor export (its first record is not a
     * well-formed header with a {@code Date} and a {@code Model} column). A file with no record
     * at all (empty, or blank lines only) is an export with no rows: nothing in it is lost.
     */
    static Optional<Content> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            CsvRecordReader reader = new CsvRecordReader(in);
            Optional<CsvRecord> first = reader.next();
            if (first.isEmpty()) {
                return Optional.of(new Content(CursorColumns.EMPTY_FILE_RANK, List.of(), 0, 0, 0));
            }
            CsvRecord header = first.get();
            Optional<CursorColumns> columns = header.wellFormed()
                    ? CursorColumns.of(header.cells()) : Optional.empty();
            if (columns.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(readRows(reader, columns.get()));
        }
    }

    private static Content readRows(CsvRecordReader reader, CursorColumns columns)
            throws IOException {
        Rows rows = new Rows(reader, new CursorRowMapping(columns));
        // Rows are read a few at a time by a method that is called thousands of times: under the
        // launcher's C1-only JVM it is compiled after a few hundred calls, whereas a loop over
        // every row, run once, would stay interpreted for tens of thousands of iterations.
        while (rows.readSome()) {
            // all the work is in readSome
        }
        return new Content(columns.rank(), rows.messages, rows.records, rows.malformed, rows.firstMalformedLine);
    }

    /** The data rows read so far: the messages, and the counts. */
    private static final class Rows {
        private final CsvRecordReader reader;
        private final CursorRowMapping mapping;
        final List<UsageMessage> messages = new ArrayList<>();
        long records;
        long malformed;
        long firstMalformedLine;

        Rows(CsvRecordReader reader, CursorRowMapping mapping) {
            this.reader = reader;
            this.mapping = mapping;
        }

        /** Reads up to 16 data rows; false once the end of the file is reached. */
        boolean readSome() throws IOException {
            for (int i = 0; i < 16; i++) {
                if (!readNext()) {
                    return false;
                }
            }
            return true;
        }

        /** Reads one data row; false at the end of the file. */
        private boolean readNext() throws IOException {
            if (!reader.advance()) {
                return false;
            }
            records++;
            UsageMessage message = reader.wellFormed() ? toMessage(mapping, reader.cells()) : null;
            if (message != null) {
                messages.add(message);
            } else {
                malformed++;
                firstMalformedLine = firstMalformedLine == 0 ? reader.line() : firstMalformedLine;
            }
            return true;
        }
    }

    /** The row's message, or null when the row is malformed. */
    private static UsageMessage toMessage(CursorRowMapping mapping, CsvCells cells) {
        try {
            return mapping.toMessage(cells);
        } catch (MalformedRecordException e) {
            return null;
        }
    }
}
