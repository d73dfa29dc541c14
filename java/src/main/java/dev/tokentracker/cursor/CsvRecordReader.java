package dev.tokentracker.cursor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharsetDecoder;
import java.util.Optional;

/**
 * Streams the records of an RFC 4180 CSV file, one at a time, without holding the file.
 *
 * <p>Grammar: fields are separated by {@code ,}; a record ends at {@code \n} or {@code \r\n}
 * (outside quotes) or at the end of the file; a field that starts with {@code "} is quoted, may
 * contain commas and line breaks, and writes a quote as {@code ""}. A UTF-8 byte-order mark at the
 * start of the file is skipped. A blank line (nothing but spaces, tabs and {@code \r}, unquoted)
 * is not a record, which also covers the empty "line" after a final line break.
 *
 * <p>The reader is strict about validity but forgiving about boundaries, so that one bad record
 * never swallows its neighbours: a quote inside an unquoted field, or text between a closing
 * quote and the next separator, is kept as literal text and the record is marked not well-formed;
 * so is a record whose cells are not valid UTF-8. Only a quote left open at the end of the file
 * runs to the end (there is no other place where it could close); that last record is then not
 * well-formed either. A lone {@code \r} is ordinary text.
 *
 * <p>Works on bytes: every byte that matters to the grammar is ASCII, so multi-byte UTF-8
 * sequences pass through untouched and each cell is validated once, strictly. A field is scanned
 * as a run: the inner loops stop only at the few bytes that can end or escape it, and each run is
 * copied into the record's {@link CsvCells} at once. {@link #advance} leaves the record there as
 * bytes (the fast path, for data rows); {@link #next} turns it into a {@link CsvRecord} of strings.
 */
final class CsvRecordReader {

    private static final int EOF = -1;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long line = 1;
    private boolean bomChecked;

    private final CharsetDecoder decoder = CsvCells.strictDecoder();
    private final CsvCells cells = new CsvCells();
    private boolean recordWellFormed;
    private boolean recordQuoted;
    private long recordLine;

    CsvRecordReader(InputStream in) {
        this.in = in;
    }

    /** The next record, or empty at the end of the file. */
    Optional<CsvRecord> next() throws IOException {
        if (!advance()) {
            return Optional.empty();
        }
        return Optional.of(new CsvRecord(cells.texts(), recordWellFormed, recordLine));
    }

    /**
     * Reads the next record into {@link #cells()}, {@link #wellFormed()} and {@link #line()};
     * false at the end of the file.
     */
    boolean advance() throws IOException {
        if (!bomChecked) {
            skipBom();
            bomChecked = true;
        }
        while (peek() != EOF) {
            recordLine = line;
            readRecord();
            if (recordQuoted || !cells.isBlankLine()) {
                if (recordWellFormed && !cells.allValidUtf8(decoder)) {
                    recordWellFormed = false;
                }
                return true;
            }
        }
        return false;
    }

    /** The cells of the record {@link #advance} read; refilled by the next call. */
    CsvCells cells() {
        return cells;
    }

    /** See {@link CsvRecord#wellFormed()}. */
    boolean wellFormed() {
        return recordWellFormed;
    }

    /** The 1-based line on which the current record starts. */
    long line() {
        return recordLine;
    }

    private void readRecord() throws IOException {
        cells.clear();
        recordWellFormed = true;
        recordQuoted = false;
        boolean moreFields;
        do {
            if (peek() == '"') {
                pos++;
                recordQuoted = true;
                moreFields = readQuotedField();
            } else {
                moreFields = readUnquoted(false);
            }
            cells.endCell();
        } while (moreFields);
    }

    /**
     * After the opening quote: up to the closing quote, then whatever follows it. True when the
     * field ends at a separator (more fields follow), false at the end of the record.
     */
    private boolean readQuotedField() throws IOException {
        while (true) {
            if (pos == limit && !fill(1)) {
                recordWellFormed = false;
                return false;
            }
            byte[] b = buf;
            int p = pos;
            int end = limit;
            boolean nonAscii = false;
            while (p < end) {
                byte c = b[p];
                // One comparison for the common byte: '"', '\n' and every non-ASCII byte
                // (negative) are at most '"'.
                if (c <= '"') {
                    if (c == '"' || c == '\n') {
                        break;
                    }
                    nonAscii |= c < 0;
                }
                p++;
            }
            cells.append(b, pos, p, nonAscii);
            pos = p;
            if (p == end) {
                continue;
            }
            pos++;
            if (b[p] == '\n') {
                line++;
                cells.append((byte) '\n');
                continue;
            }
            int next = peek();
            if (next == '"') {
                pos++;
                cells.append((byte) '"');
            } else if (next == ',') {
                // The closing quote and the separator: the usual end of a quoted field.
                pos++;
                return true;
            } else {
                return readUnquoted(true);
            }
        }
    }

    /**
     * An unquoted field, or the rest of a quoted one after its closing quote ({@code afterQuote}),
     * where anything but a separator is out of place. True when the field ends at a separator.
     */
    private boolean readUnquoted(boolean afterQuote) throws IOException {
        while (true) {
            if (pos == limit && !fill(1)) {
                return false;
            }
            byte[] b = buf;
            int p = pos;
            int end = limit;
            boolean nonAscii = false;
            while (p < end) {
                byte c = b[p];
                // ',', '\n', '\r', '"' and every non-ASCII byte are at most ','.
                if (c <= ',') {
                    if (c == ',' || c == '\n' || c == '\r' || c == '"') {
                        break;
                    }
                    nonAscii |= c < 0;
                }
                p++;
            }
            if (p > pos) {
                cells.append(b, pos, p, nonAscii);
                recordWellFormed &= !afterQuote;
            }
            pos = p;
            if (p == end) {
                continue;
            }
            byte c = b[p];
            pos++;
            if (c == ',') {
                return true;
            }
            if (c == '\n') {
                line++;
                return false;
            }
            if (c == '\r' && peek() == '\n') {
                pos++;
                line++;
                return false;
            }
            // A lone '\r' is text; a quote here is out of place.
            if (afterQuote || c == '"') {
                recordWellFormed = false;
            }
            cells.append(c);
        }
    }

    private void skipBom() throws IOException {
        for (int i = 0; i < BOM.length; i++) {
            if (!fill(i + 1) || buf[pos + i] != BOM[i]) {
                return;
            }
        }
        pos += BOM.length;
    }

    private int peek() throws IOException {
        return pos < limit ? buf[pos] & 0xFF : fill(1) ? buf[pos] & 0xFF : EOF;
    }

    /** Makes at least {@code wanted} unread bytes available; false at the end of the file. */
    private boolean fill(int wanted) throws IOException {
        if (limit - pos >= wanted) {
            return true;
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < wanted) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                return false;
            }
            limit += n;
        }
        return true;
    }
}
