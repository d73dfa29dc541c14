package dev.tokentracker.source;

/** Substring search over bytes: the pre-filter that keeps non-usage lines from being parsed. */
public final class ByteSearch {

    private ByteSearch() {
    }

    /** First index of {@code needle} in {@code buf[from, to)}, or -1. */
    public static int indexOf(byte[] buf, int from, int to, byte[] needle) {
        int n = needle.length;
        if (n == 0) {
            return from;
        }
        byte first = needle[0];
        int last = to - n;
        outer:
        for (int i = from; i <= last; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int j = 1; j < n; j++) {
                if (buf[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
