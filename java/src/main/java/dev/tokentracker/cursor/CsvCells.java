package dev.tokentracker.cursor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cells of one CSV record as raw bytes, unquoted and unescaped: one byte array holding every
 * cell back to back, and where each cell ends. {@link CsvRecordReader} refills one instance per
 * record, so reading a row allocates nothing per cell; a caller decodes only the cells it needs
 * as text ({@link #text}) and reads the others straight from the bytes.
 *
 * <p>The bytes are whatever the file held; whether every cell is valid UTF-8 is the reader's
 * business (it marks the record not well-formed otherwise).
 */
final class CsvCells {

    private byte[] bytes = new byte[256];
    private int length;
    private int[] ends = new int[16];
    private int count;
    /** Whether any byte so far is not ASCII (only then can a cell be invalid UTF-8). */
    private boolean nonAscii;

    /** Cells holding these texts, encoded as UTF-8 (for callers that start from strings). */
    static CsvCells of(List<String> texts) {
        CsvCells cells = new CsvCells();
        for (String text : texts) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            cells.append(utf8, 0, utf8.length);
            cells.endCell();
        }
        return cells;
    }

    int count() {
        return count;
    }

    /** The array the cells live in; valid until the next record is read into these cells. */
    byte[] bytes() {
        return bytes;
    }

    int start(int cell) {
        return cell == 0 ? 0 : ends[cell - 1];
    }

    int end(int cell) {
        return ends[cell];
    }

    boolean isEmpty(int cell) {
        return start(cell) == end(cell);
    }

    /** The cell as text: UTF-8, with invalid sequences replaced (the record is then malformed). */
    String text(int cell) {
        int from = start(cell);
        int to = end(cell);
        if (!nonAscii) {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    /** Every cell as text, as {@link #text} gives it. */
    List<String> texts() {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(i));
        }
        return texts;
    }

    /**
     * Whether each cell on its own is valid UTF-8, as a strict decoder (and Rust's
     * {@code str::from_utf8}) judges it: no overlong forms, no encoded surrogates, nothing above
     * U+10FFFF, no sequence cut short — also not by the end of its cell.
     */
    boolean allValidUtf8(CharsetDecoder strict) {
        if (!nonAscii) {
            return true;
        }
        for (int i = 0; i < count; i++) {
            int from = start(i);
            if (!isAscii(from, end(i)) && !decodes(strict, from, end(i))) {
                return false;
            }
        }
        return true;
    }

    /** A UTF-8 decoder that reports every malformed input, for {@link #allValidUtf8}. */
    static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private boolean decodes(CharsetDecoder strict, int from, int to) {
        try {
            strict.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException invalid) {
            return false;
        }
    }

    private boolean isAscii(int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    // Filling, by the reader.

    void clear() {
        length = 0;
        count = 0;
        nonAscii = false;
    }

    void append(byte b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = b;
        nonAscii |= b < 0;
    }

    /** Appends bytes the caller has already scanned; {@code nonAscii} says whether any is not ASCII. */
    void append(byte[] from, int start, int end, boolean anyNonAscii) {
        int n = end - start;
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }
        System.arraycopy(from, start, bytes, length, n);
        length += n;
        nonAscii |= anyNonAscii;
    }

    private void append(byte[] from, int start, int end) {
        append(from, start, end, !isAsciiRange(from, start, end));
    }

    private static boolean isAsciiRange(byte[] from, int start, int end) {
        for (int i = start; i < end; i++) {
            if (from[i] < 0) {
                return false;
            }
        }
        return true;
    }

    void endCell() {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[count++] = length;
    }

    /** Whether this is one cell of spaces, tabs and carriage returns only (or nothing). */
    boolean isBlankLine() {
        if (count != 1) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
