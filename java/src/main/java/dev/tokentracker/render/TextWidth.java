package dev.tokentracker.render;

/**
 * Display width of table text, in terminal columns. Model ids and numbers are ASCII in practice;
 * wide East Asian characters count two columns so that a stray one cannot break the borders.
 */
final class TextWidth {

    private TextWidth() {
    }

    static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Cuts {@code s} to at most {@code width} columns, ending with an ellipsis when cut. */
    static String truncate(String s, int width) {
        if (of(s) <= width) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = isWide(cp) ? 2 : 1;
            if (used + w > width - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
