package dev.tokentracker.cursor;

import java.util.List;

/**
 * One CSV record as read.
 *
 * @param cells      the fields, unquoted and unescaped, decoded as UTF-8, never trimmed
 * @param wellFormed false when the record breaks RFC 4180 (an unterminated quote, a quote inside
 *                   an unquoted field, text after a closing quote) or is not valid UTF-8; the
 *                   cells are then only the reader's best effort and the record is malformed
 * @param line       the 1-based line of the file on which the record starts (for warnings)
 */
record CsvRecord(List<String> cells, boolean wellFormed, long line) {

    CsvRecord {
        cells = List.copyOf(cells);
    }
}
