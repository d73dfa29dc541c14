package dev.tokentracker.scan;

/**
 * Strict UTF-8 validation (the rules of Rust's {@code str::from_utf8}: no overlong forms, no
 * encoded surrogates, nothing above U+10FFFF), so both engines reject exactly the same bytes.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Validates the multi-byte sequence whose lead byte is at {@code p} and returns the position
     * after it, or -1 when the bytes are not valid UTF-8.
     */
    static int skipMultiByte(byte[] buf, int p, int end) {
        int lead = buf[p] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return continuation(buf, p + 1, end, 0x80, 0xBF) ? p + 2 : -1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            int lo = lead == 0xE0 ? 0xA0 : 0x80;
            int hi = lead == 0xED ? 0x9F : 0xBF;
            return continuation(buf, p + 1, end, lo, hi)
                    && continuation(buf, p + 2, end, 0x80, 0xBF) ? p + 3 : -1;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            int lo = lead == 0xF0 ? 0x90 : 0x80;
            int hi = lead == 0xF4 ? 0x8F : 0xBF;
            return continuation(buf, p + 1, end, lo, hi)
                    && continuation(buf, p + 2, end, 0x80, 0xBF)
                    && continuation(buf, p + 3, end, 0x80, 0xBF) ? p + 4 : -1;
        }
        return -1;
    }

    private static boolean continuation(byte[] buf, int p, int end, int lo, int hi) {
        if (p >= end) {
            return false;
        }
        int b = buf[p] & 0xFF;
        return b >= lo && b <= hi;
    }
}
