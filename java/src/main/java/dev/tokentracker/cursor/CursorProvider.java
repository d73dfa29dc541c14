package dev.tokentracker.cursor;

/**
 * The provider of a model named in a Cursor export, which has no provider column (SPEC §6
 * "Provider inferred from the model name"). Cursor's own names (the {@code auto} router,
 * {@code composer-*}, {@code agent_review}, {@code code-supernova}) and anything unrecognised
 * are provider {@code cursor}.
 */
public final class CursorProvider {

    private CursorProvider() {
    }

    /** The provider id for a model name; the first matching rule wins, in the order below. */
    public static String infer(String model) {
        String name = asciiLowerCase(model);
        if (containsAny(name, "claude", "sonnet", "opus", "haiku")) {
            return "anthropic";
        }
        if (name.startsWith("gpt") || name.startsWith("chatgpt") || name.startsWith("codex")
                || isOSeries(name)) {
            return "openai";
        }
        if (name.contains("gemini")) {
            return "google";
        }
        if (name.contains("deepseek")) {
            return "deepseek";
        }
        if (name.contains("grok")) {
            return "xai";
        }
        if (name.contains("kimi")) {
            return "moonshot";
        }
        if (containsAny(name, "llama", "mixtral")) {
            return "meta";
        }
        return "cursor";
    }

    /** OpenAI's reasoning models: {@code o1}, {@code o3-mini}, {@code o4-mini-high}, … */
    private static boolean isOSeries(String name) {
        return name.length() >= 2 && name.charAt(0) == 'o'
                && name.charAt(1) >= '0' && name.charAt(1) <= '9';
    }

    private static boolean containsAny(String name, String... needles) {
        for (String needle : needles) {
            if (name.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-cases A–Z only. Full Unicode case mapping differs between Java and Rust in corners
     * (and every pattern above is ASCII), so both engines fold exactly these 26 letters.
     */
    static String asciiLowerCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }
}
