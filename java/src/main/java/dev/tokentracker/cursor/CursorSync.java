package dev.tokentracker.cursor;

import dev.tokentracker.cursor.CursorApiException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One sync (SPEC §6): downloads the usage export and, only when it is a complete CSV export,
 * replaces {@code usage.csv} in the cache folder with it, atomically and {@code 0600}. Anything
 * else — a failed request, an HTML page, a body cut short — leaves the cache exactly as it was.
 */
final class CursorSync {

    /** The file the sync owns in the cache folder; other {@code *.csv} there are the user's. */
    static final String CACHE_FILE = "usage.csv";

    private static final byte[] CSV_START = "Date,".getBytes(StandardCharsets.US_ASCII);

    /** A successful sync: data rows in the export and its size. */
    record Synced(long rows, long bytes) {
    }

    private CursorSync() {
    }

    /**
     * @throws CursorApiException the download failed or is not a usage export (cache untouched)
     * @throws IOException        the export could not be saved (cache untouched)
     */
    static Synced run(CursorApi api, SessionToken token, Path cacheDir) throws CursorApiException, IOException {
        byte[] body = api.exportCsv(token);
        long rows = checkExport(body);
        PrivateFiles.writeAtomically(cacheDir.resolve(CACHE_FILE), body, ".usage-");
        return new Synced(rows, body.length);
    }

    /**
     * The number of data rows of a body that is a Cursor usage export: it starts with
     * {@code Date,} (after an optional UTF-8 byte-order mark) and its first record is a header
     * the reader accepts (a {@code Date} and a {@code Model} column), so the cache is never
     * replaced by something phase 2 would skip.
     */
    static long checkExport(byte[] body) throws CursorApiException {
        int start = hasBom(body) ? 3 : 0;
        if (!startsWith(body, start, CSV_START)) {
            throw new CursorApiException(Kind.BAD_BODY, looksLikeHtml(body, start)
                    ? "Cursor sent a web page instead of the CSV export"
                    : "Cursor's answer is not a CSV export (it does not start with \"Date,\")");
        }
        try {
            CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(body));
            Optional<CsvRecord> header = reader.next();
            boolean export = header.isPresent() && header.get().wellFormed()
                    && CursorColumns.of(header.get().cells()).isPresent();
            if (!export) {
                throw new CursorApiException(Kind.BAD_BODY,
                        "Cursor's CSV has no Model column in its header; it is not a usage export");
            }
            long rows = 0;
            while (reader.next().isPresent()) {
                rows++;
            }
            return rows;
        } catch (IOException e) {
            // A byte array cannot fail to read.
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasBom(byte[] body) {
        return body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF;
    }

    private static boolean startsWith(byte[] body, int from, byte[] prefix) {
        if (body.length - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] body, int from) {
        int i = from;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        return i < body.length && body[i] == '<';
    }
}
