package dev.tokentracker.cursor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * sequences pass through untouched and each cell is decoded once, strictly.
 */
final class CsvRecordReader {

    private static final int EOF = -1;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** How a field ended. */
    private enum End { FIELD, RECORD }

    private final InputStream in;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long line = 1;
    private boolean bomChecked;

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] cell = new byte[256];
    private int cellLength;
    private boolean recordWellFormed;
    private boolean recordQuoted;

    CsvRecordReader(InputStream in) {
        this.in = in;
    }

    /** The next record, or empty at the end of the file. */
    Optional<CsvRecord> next() throws IOException {
        if (!bomChecked) {
            skipBom();
            bomChecked = true;
        }
        while (peek() != EOF) {
            long startLine = line;
            List<String> cells = readRecord();
            if (!isBlank(cells)) {
                return Optional.of(new CsvRecord(cells, recordWellFormed, startLine));
            }
        }
        return Optional.empty();
    }

    private List<String> readRecord() throws IOException {
        List<String> cells = new ArrayList<>();
        recordWellFormed = true;
        recordQuoted = false;
        End end;
        do {
            cellLength = 0;
            if (peek() == '"') {
                read();
                recordQuoted = true;
                end = readQuotedField();
            } else {
                end = readUnquoted(false);
            }
            cells.add(decodeCell());
        } while (end == End.FIELD);
        return cells;
    }

    /** After the opening quote: up to the closing quote, then whatever follows it. */
    private End readQuotedField() throws IOException {
        while (true) {
            int b = read();
            if (b == EOF) {
                recordWellFormed = false;
                return End.RECORD;
            }
            if (b == '"') {
                if (peek() != '"') {
                    return readUnquoted(true);
                }
                read();
            } else if (b == '\n') {
                line++;
            }
            append(b);
        }
    }

    /**
     * An unquoted field, or the rest of a quoted one after its closing quote ({@code afterQuote}),
     * where anything but a separator is out of place.
     */
    private End readUnquoted(boolean afterQuote) throws IOException {
        while (true) {
            int b = read();
            if (b == EOF) {
                return End.RECORD;
            }
            if (b == ',') {
                return End.FIELD;
            }
            if (b == '\n' || (b == '\r' && peek() == '\n')) {
                if (b == '\r') {
                    read();
                }
                line++;
                return End.RECORD;
            }
            if (afterQuote || b == '"') {
                recordWellFormed = false;
            }
            append(b);
        }
    }

    private String decodeCell() {
        if (isAscii(cell, cellLength)) {
            // Nearly every cell (dates, numbers, model names): ASCII needs no validation, and the
            // strict decoder would cost a buffer and a copy per cell.
            return new String(cell, 0, cellLength, StandardCharsets.US_ASCII);
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(cell, 0, cellLength)).toString();
        } catch (CharacterCodingException invalid) {
            recordWellFormed = false;
            return new String(cell, 0, cellLength, StandardCharsets.UTF_8);
        }
    }

    private static boolean isAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * One unquoted cell of spaces, tabs and carriage returns (or nothing): a blank line, not a
     * record. (The same bytes count as blank in a JSONL line.)
     */
    private boolean isBlank(List<String> cells) {
        if (cells.size() != 1 || recordQuoted) {
            return false;
        }
        String only = cells.getFirst();
        for (int i = 0; i < only.length(); i++) {
            char c = only.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private void skipBom() throws IOException {
        for (int i = 0; i < BOM.length; i++) {
            if (!fill(i + 1) || buf[pos + i] != BOM[i]) {
                return;
            }
        }
        pos += BOM.length;
    }

    private void append(int b) {
        if (cellLength == cell.length) {
            cell = Arrays.copyOf(cell, cell.length * 2);
        }
        cell[cellLength++] = (byte) b;
    }

    // peek and read test the buffer first and call fill only when it is empty: this keeps them
    // small enough for C1 to inline, and they run once per byte of the file.

    private int peek() throws IOException {
        return pos < limit ? buf[pos] & 0xFF : fill(1) ? buf[pos] & 0xFF : EOF;
    }

    private int read() throws IOException {
        return pos < limit ? buf[pos++] & 0xFF : fill(1) ? buf[pos++] & 0xFF : EOF;
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
