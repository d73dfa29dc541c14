package dev.tokentracker.pricing;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * Step 4 of model resolution: a key that equals the name up to a word boundary. Never a
 * substring: the key must be the whole name, the name cut at a {@code -}, or the name plus a
 * date. The cut is refused where the rest of the name could make it a different model, so
 * {@code claude-sonnet-4-5} never prices as {@code claude-sonnet-4}, nor {@code gpt-5-mini} as
 * {@code gpt-5}; a miss is unpriced, which is better than a wrong price.
 */
final class BoundaryMatch {

    /**
     * Words that name a cheaper or dearer variant of a model, or another modality. A cut whose
     * rest contains one of them is refused ({@code gpt-5.4-mini} is not {@code gpt-5.4}).
     */
    static final Set<String> VARIANT_WORDS = Set.of(
            "mini", "nano", "lite", "flash", "pro", "plus", "turbo", "fast", "priority", "flex", "batch",
            "large", "small", "micro", "air", "ultra", "audio", "realtime", "search", "image", "tts");

    private BoundaryMatch() {
    }

    /**
     * The key this name matches at a boundary, or null. First the name plus a date
     * ({@code claude-sonnet-4} → {@code claude-sonnet-4-20250514}; the latest date when there are
     * several), then the longest allowed cut of the name.
     */
    static String find(String name, NavigableMap<String, ModelRates> table) {
        String dated = datedKey(name, table);
        if (dated != null) {
            return dated;
        }
        for (int cut = name.lastIndexOf('-'); cut > 0; cut = name.lastIndexOf('-', cut - 1)) {
            String key = name.substring(0, cut);
            if (table.containsKey(key) && key.indexOf('-') > 0 && restAllowed(name.substring(cut))) {
                return key;
            }
        }
        return null;
    }

    /** The last key (in key order, so the latest date) that is {@code name-YYYYMMDD}. */
    private static String datedKey(String name, NavigableMap<String, ModelRates> table) {
        String from = name + "-";
        String found = null;
        for (Map.Entry<String, ModelRates> entry : table.tailMap(from, false).entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith(from)) {
                break;
            }
            if (ModelNames.isDate(key.substring(from.length()))) {
                found = key;
            }
        }
        return found;
    }

    /**
     * Whether what follows the cut (it starts with {@code -}) may be dropped: not a version
     * ({@code -5}, {@code -4-5}) unless it is a date ({@code -20250514}), and no variant word.
     * Keys without a {@code -} (such as {@code o3} or a router alias like {@code auto}) never
     * match this way; that is checked by the caller.
     */
    static boolean restAllowed(String rest) {
        String[] words = rest.substring(1).split("-", -1);
        if (!words[0].isEmpty() && ModelNames.isDigit(words[0].charAt(0)) && !ModelNames.isDate(words[0])) {
            return false;
        }
        for (String word : words) {
            if (VARIANT_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
