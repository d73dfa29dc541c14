package dev.tokentracker.source;

import dev.tokentracker.scan.ByteSearch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams the lines of a JSONL file without ever holding the whole file: the file is read in
 * chunks into one reusable buffer and each line is handed over as a byte range of it.
 *
 * <p>Lines that cannot be usage are skipped before parsing: a caller names marker byte strings
 * (such as {@code "usage"}) and only lines containing one are handed over. The chunk is searched
 * for the markers directly ({@link MarkerSearch}), so lines without one are never even split out. Both engines apply the same markers, so they skip the same lines.
 */
public final class JsonlFile {

    /** Receives one line: {@code buf[start, end)}, starting at byte {@code offset} of the file. */
    @FunctionalInterface
    public interface LineHandler {
        void line(byte[] buf, int start, int end, long offset);
    }

    private static final int CHUNK = 1 << 20;

    /**
     * Each parsing thread's chunk buffer, kept from file to file. A fresh buffer per file was
     * half of all the bytes the Java engine allocated on a real home, and the young collections
     * it caused copy the messages parsed so far each time. A buffer grown past {@link #KEPT_MAX}
     * for one huge line is not kept.
     */
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[CHUNK]);
    private static final int KEPT_MAX = 4 * CHUNK;

    /** Null when every line is wanted. */
    private final MarkerSearch search;
    private final boolean firstLineAlways;

    /**
     * @param markers         lines must contain one of these to be handed over; none = every line
     * @param firstLineAlways hand over the first non-blank line even without a marker (a header)
     */
    public JsonlFile(byte[][] markers, boolean firstLineAlways) {
        this.search = markers.length == 0 ? null : MarkerSearch.of(markers);
        this.firstLineAlways = firstLineAlways;
    }

    public void scan(Path file, LineHandler handler) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] buf = BUFFERS.get();
            int filled = 0;
            long bufOffset = 0;
            boolean firstPending = firstLineAlways;
            boolean eof = false;
            while (!eof) {
                if (filled == buf.length) {
                    byte[] bigger = new byte[buf.length * 2];
                    System.arraycopy(buf, 0, bigger, 0, filled);
                    buf = bigger;
                    if (buf.length <= KEPT_MAX) {
                        BUFFERS.set(buf);
                    }
                }
                int n = channel.read(ByteBuffer.wrap(buf, filled, buf.length - filled));
                if (n < 0) {
                    eof = true;
                } else {
                    filled += n;
                }
                int limit = eof ? filled : ByteSearch.lastIndexOf(buf, (byte) '\n', 0, filled) + 1;
                if (limit == 0) {
                    continue;
                }
                if (firstPending) {
                    int after = handFirstLine(buf, limit, bufOffset, handler);
                    if (after >= 0) {
                        firstPending = false;
                        scanRegion(buf, after, limit, bufOffset, handler);
                    }
                } else {
                    scanRegion(buf, 0, limit, bufOffset, handler);
                }
                System.arraycopy(buf, limit, buf, 0, filled - limit);
                filled -= limit;
                bufOffset += limit;
            }
        }
    }

    /** Hands over the first non-blank line in [0, limit); returns the position after it, or -1. */
    private int handFirstLine(byte[] buf, int limit, long bufOffset, LineHandler handler) {
        int p = 0;
        while (p < limit) {
            int end = ByteSearch.indexOf(buf, (byte) '\n', p, limit);
            int lineEnd = end < 0 ? limit : end;
            if (!isBlank(buf, p, lineEnd)) {
                handler.line(buf, p, lineEnd, bufOffset + p);
                return Math.min(lineEnd + 1, limit);
            }
            p = lineEnd + 1;
        }
        return -1;
    }

    private void scanRegion(byte[] buf, int start, int limit, long bufOffset, LineHandler handler) {
        if (search == null) {
            scanEveryLine(buf, start, limit, bufOffset, handler);
        } else {
            scanForMarkers(buf, start, limit, bufOffset, handler);
        }
    }

    private static void scanEveryLine(byte[] buf, int start, int limit, long bufOffset, LineHandler handler) {
        int p = start;
        while (p < limit) {
            int end = ByteSearch.indexOf(buf, (byte) '\n', p, limit);
            int lineEnd = end < 0 ? limit : end;
            if (!isBlank(buf, p, lineEnd)) {
                handler.line(buf, p, lineEnd, bufOffset + p);
            }
            p = lineEnd + 1;
        }
    }

    /**
     * Hands over the lines holding a marker occurrence. Markers never contain a newline, so each
     * occurrence lies inside one line: the line of the first one, then the search goes on after it.
     */
    private void scanForMarkers(byte[] buf, int start, int limit, long bufOffset, LineHandler handler) {
        int p = start;
        while (p < limit) {
            int hit = search.indexIn(buf, p, limit);
            if (hit < 0) {
                return;
            }
            int newline = ByteSearch.lastIndexOf(buf, (byte) '\n', p, hit);
            int lineStart = newline < 0 ? p : newline + 1;
            int end = ByteSearch.indexOf(buf, (byte) '\n', hit, limit);
            int lineEnd = end < 0 ? limit : end;
            handler.line(buf, lineStart, lineEnd, bufOffset + lineStart);
            p = lineEnd + 1;
        }
    }

    static boolean isBlank(byte[] buf, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
