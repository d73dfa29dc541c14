package dev.tokentracker.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The name-rewriting rules of model resolution (SPEC §5, steps 2 and 3; {@code docs/pricing.md}):
 * provider prefixes and the normalised name. Plain string operations only, so that the native
 * engine can mirror them line by line.
 */
final class ModelNames {

    /**
     * Leading segments that name a provider or a gateway rather than a model, stripped one by one
     * ({@code openrouter/anthropic/claude-x} → {@code anthropic/claude-x} → {@code claude-x}).
     */
    static final Set<String> STRIPPED_PROVIDERS = Set.of(
            "anthropic", "openai", "google", "gemini", "vertex_ai", "xai", "x-ai", "deepseek", "mistral",
            "mistralai", "groq", "openrouter", "bedrock", "azure", "azure_ai");

    /**
     * Prefixes tried in front of a bare name, in this order: LiteLLM files a vendor's own models
     * under them. Gateways, clouds and regions ({@code openrouter/}, {@code vertex_ai/},
     * {@code bedrock/}, {@code azure/}, {@code us.}) are never added: their prices may differ from
     * the vendor's, and a cloud's copy of a model must not win over the vendor's own (dated) key.
     */
    static final List<String> ADDED_PROVIDERS = List.of(
            "anthropic", "openai", "gemini", "xai", "deepseek", "mistral", "moonshot", "zai");

    /** OpenRouter names models {@code vendor/model}; LiteLLM keys them {@code openrouter/vendor/model}. */
    static final String OPENROUTER = "openrouter";

    /**
     * Trailing words that choose an effort level or a mode of the same model at the same token
     * rates (Cursor's {@code -thinking}, {@code -max}; Codex's effort levels). {@code -fast} is
     * not one: fast modes are billed at a premium (Anthropic's fast mode 6×, OpenAI's priority
     * tier 2×) that LiteLLM does not give per key.
     */
    static final Set<String> MODE_WORDS = Set.of(
            "thinking", "max", "high", "low", "medium", "xhigh", "minimal", "extra");

    /** Claude families that Cursor writes after the version ({@code claude-4.5-sonnet}). */
    static final Set<String> CLAUDE_FAMILIES = Set.of("opus", "sonnet", "haiku");

    private ModelNames() {
    }

    /** The id with known provider segments stripped one at a time: each shorter form in order. */
    static List<String> strippedForms(String id) {
        List<String> forms = new ArrayList<>();
        String rest = id;
        while (true) {
            int slash = rest.indexOf('/');
            if (slash <= 0 || !STRIPPED_PROVIDERS.contains(rest.substring(0, slash))) {
                return forms;
            }
            rest = rest.substring(slash + 1);
            forms.add(rest);
        }
    }

    /**
     * Step 2's candidates, in the order they are tried, each once: the stripped forms; for a
     * {@code vendor/model} id, {@code openrouter/vendor/model}; then, when the fully stripped name
     * has no {@code /} left, each added provider in front of it.
     */
    static List<String> prefixVariants(String id) {
        List<String> variants = new ArrayList<>(strippedForms(id));
        String bare = variants.isEmpty() ? id : variants.getLast();
        if (id.indexOf('/') > 0 && !id.startsWith(OPENROUTER + "/")) {
            variants.add(OPENROUTER + "/" + id);
        }
        if (bare.indexOf('/') < 0) {
            for (String provider : ADDED_PROVIDERS) {
                String variant = provider + "/" + bare;
                if (!variants.contains(variant)) {
                    variants.add(variant);
                }
            }
        }
        return variants;
    }

    /**
     * Step 3's normalised names, at most two: with the version's dots kept
     * ({@code gpt-5.1}, as OpenAI and Google keys write them) and with them turned into dashes
     * ({@code claude-sonnet-4-5}, as Anthropic keys do). Both are lower case, without trailing
     * mode words or date, in Anthropic's word order. A provider prefix is kept as it is.
     */
    static List<String> normalised(String id) {
        String lower = asciiLowerCase(id);
        int slash = lower.lastIndexOf('/');
        String prefix = lower.substring(0, slash + 1);
        String name = claudeWordOrder(stripTrailingWords(lower.substring(slash + 1)));
        List<String> names = new ArrayList<>(2);
        names.add(prefix + name);
        String dashed = prefix + versionDotsToDashes(name);
        if (!dashed.equals(names.getFirst())) {
            names.add(dashed);
        }
        return names;
    }

    /** Lower case for ASCII letters only (the same in every language and locale). */
    static String asciiLowerCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    /**
     * Removes trailing mode words and a trailing date ({@code -YYYYMMDD}, or Vertex's
     * {@code @YYYYMMDD}), repeatedly; one word always stays.
     */
    static String stripTrailingWords(String name) {
        String rest = name;
        while (true) {
            int at = rest.lastIndexOf('@');
            if (at > 0 && isDate(rest.substring(at + 1))) {
                rest = rest.substring(0, at);
                continue;
            }
            int dash = rest.lastIndexOf('-');
            if (dash <= 0) {
                return rest;
            }
            String word = rest.substring(dash + 1);
            if (!MODE_WORDS.contains(word) && !isDate(word)) {
                return rest;
            }
            rest = rest.substring(0, dash);
        }
    }

    /**
     * Cursor writes {@code claude-4.5-sonnet…}; Anthropic names Claude 4 and later
     * {@code claude-sonnet-4-5…}. Claude 3 keys keep the version first ({@code claude-3-7-sonnet}),
     * so only a major version of 4 or more is reordered.
     */
    static String claudeWordOrder(String name) {
        String[] words = name.split("-", -1);
        if (words.length < 3 || !words[0].equals("claude") || !CLAUDE_FAMILIES.contains(words[2])
                || !isVersion(words[1]) || majorVersion(words[1]) < 4) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length()).append("claude-").append(words[2]).append('-').append(words[1]);
        for (int i = 3; i < words.length; i++) {
            out.append('-').append(words[i]);
        }
        return out.toString();
    }

    /** {@code 4.5} → {@code 4-5}: a dot between two digits becomes a dash; other dots stay. */
    static String versionDotsToDashes(String name) {
        StringBuilder out = new StringBuilder(name);
        for (int i = 1; i < out.length() - 1; i++) {
            if (out.charAt(i) == '.' && isDigit(out.charAt(i - 1)) && isDigit(out.charAt(i + 1))) {
                out.setCharAt(i, '-');
            }
        }
        return out.toString();
    }

    /** Exactly eight ASCII digits ({@code 20250929}). */
    static boolean isDate(String word) {
        return word.length() == 8 && allDigits(word);
    }

    /** {@code 4}, {@code 4.5}, {@code 10.1}: digits, optionally a dot and digits. */
    private static boolean isVersion(String word) {
        int dot = word.indexOf('.');
        if (dot < 0) {
            return !word.isEmpty() && allDigits(word);
        }
        return dot > 0 && dot < word.length() - 1 && allDigits(word.substring(0, dot)) && allDigits(word.substring(dot + 1));
    }

    private static int majorVersion(String version) {
        int dot = version.indexOf('.');
        String major = dot < 0 ? version : version.substring(0, dot);
        return major.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(major);
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
