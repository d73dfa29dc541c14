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
     */
    record RowIdentity(long timestampMs, String modelId, long totalTokens) {

        static RowIdentity of(UsageMessage message) {
            return new RowIdentity(message.timestampMs(), message.modelId(), message.totalTokens());
        }
    }

    /** A row that became a message. */
    record Row(RowIdentity identity, UsageMessage message) {
    }

    /**
     * The rows of one export, in file order.
     *
     * @param rank               how much the export's columns say about a row, 0 = most
     *                           ({@link CursorColumns#rank()}); the copy of an event kept across
     *                           exports comes from the lowest rank
     * @param recordsParsed      data records read (not the header, not blank lines)
     * @param malformed          data records skipped as malformed
     * @param firstMalformedLine the line on which the first malformed record starts, 0 if none
     */
    record Content(int rank, List<Row> rows, long recordsParsed, long malformed, long firstMalformedLine) {
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
        List<Row> rows = new ArrayList<>();
        long records = 0;
        long malformed = 0;
        long firstMalformedLine = 0;
        for (Optional<CsvRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            CsvRecord record = next.get();
            records++;
            Optional<UsageMessage> message = toMessage(record, columns);
            if (message.isPresent()) {
                rows.add(new Row(RowIdentity.of(message.get()), message.get()));
            } else {
                malformed++;
                firstMalformedLine = firstMalformedLine == 0 ? record.line() : firstMalformedLine;
            }
        }
        return new Content(columns.rank(), rows, records, malformed, firstMalformedLine);
    }

    /** The row's message, or empty when the row is malformed. */
    private static Optional<UsageMessage> toMessage(CsvRecord record, CursorColumns columns) {
        if (!record.wellFormed()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CursorRowMapping.toMessage(record.cells(), columns));
        } catch (MalformedRecordException e) {
            return Optional.empty();
        }
    }
}
