//! The name-rewriting rules of model resolution, steps 2 and 3 of `docs/pricing.md` §2: provider
//! prefixes and the normalised name (mirrors Java `pricing.ModelNames`).
//!
//! Java works on UTF-16 `char`s, this on bytes. They agree because every character the rules look
//! at (`/ - @ .`, ASCII digits and letters) is one byte in UTF-8 and never part of a multi-byte
//! character, so positions found by searching for them are always character boundaries.

/// Leading segments that name a provider or a gateway rather than a model, stripped one by one
/// (`openrouter/anthropic/claude-x` → `anthropic/claude-x` → `claude-x`).
const STRIPPED_PROVIDERS: [&str; 15] = [
    "anthropic",
    "openai",
    "google",
    "gemini",
    "vertex_ai",
    "xai",
    "x-ai",
    "deepseek",
    "mistral",
    "mistralai",
    "groq",
    "openrouter",
    "bedrock",
    "azure",
    "azure_ai",
];

/// Prefixes tried in front of a bare name, in this order: LiteLLM files a vendor's own models
/// under them. Gateways, clouds and regions are never added: their prices may differ from the
/// vendor's, and a cloud's copy of a model must not win over the vendor's own (dated) key.
const ADDED_PROVIDERS: [&str; 8] = [
    "anthropic",
    "openai",
    "gemini",
    "xai",
    "deepseek",
    "mistral",
    "moonshot",
    "zai",
];

/// OpenRouter names models `vendor/model`; LiteLLM keys them `openrouter/vendor/model`.
const OPENROUTER_PREFIX: &str = "openrouter/";

/// Trailing words that choose an effort level or a mode of the same model at the same token
/// rates. `fast` is not one: fast modes are billed at a premium LiteLLM does not give per key.
const MODE_WORDS: [&str; 8] = [
    "thinking", "max", "high", "low", "medium", "xhigh", "minimal", "extra",
];

/// Claude families that Cursor writes after the version (`claude-4.5-sonnet`).
const CLAUDE_FAMILIES: [&str; 3] = ["opus", "sonnet", "haiku"];

/// The id with known provider segments stripped one at a time: each shorter form in order.
pub(crate) fn stripped_forms(id: &str) -> Vec<&str> {
    let mut forms = Vec::new();
    let mut rest = id;
    loop {
        match rest.find('/') {
            Some(slash) if slash > 0 && STRIPPED_PROVIDERS.contains(&&rest[..slash]) => {
                rest = &rest[slash + 1..];
                forms.push(rest);
            }
            _ => return forms,
        }
    }
}

/// Step 2's candidates, in the order they are tried, each once: the stripped forms; for a
/// `vendor/model` id, `openrouter/vendor/model`; then, when the fully stripped name has no `/`
/// left, each added provider in front of it.
pub(crate) fn prefix_variants(id: &str) -> Vec<String> {
    let mut variants: Vec<String> = stripped_forms(id).into_iter().map(String::from).collect();
    let bare = variants.last().cloned().unwrap_or_else(|| id.to_string());
    if id.find('/').map_or(false, |slash| slash > 0) && !id.starts_with(OPENROUTER_PREFIX) {
        variants.push(format!("{}{}", OPENROUTER_PREFIX, id));
    }
    if !bare.contains('/') {
        for provider in ADDED_PROVIDERS {
            let variant = format!("{}/{}", provider, bare);
            if !variants.contains(&variant) {
                variants.push(variant);
            }
        }
    }
    variants
}

/// Step 3's normalised names, at most two: with the version's dots kept (`gpt-5.1`, as OpenAI
/// and Google keys write them) and with them turned into dashes (`claude-sonnet-4-5`, as
/// Anthropic keys do). Both are lower case, without trailing mode words or date, in Anthropic's
/// word order. A provider prefix is kept as it is.
pub(crate) fn normalised(id: &str) -> Vec<String> {
    let lower = id.to_ascii_lowercase();
    let name_start = lower.rfind('/').map_or(0, |slash| slash + 1);
    let prefix = &lower[..name_start];
    let name = claude_word_order(strip_trailing_words(&lower[name_start..]));
    let dotted = format!("{}{}", prefix, name);
    let dashed = format!("{}{}", prefix, version_dots_to_dashes(&name));
    if dashed == dotted {
        vec![dotted]
    } else {
        vec![dotted, dashed]
    }
}

/// Removes trailing mode words and a trailing date (`-YYYYMMDD`, or Vertex's `@YYYYMMDD`),
/// repeatedly; one word always stays.
pub(crate) fn strip_trailing_words(name: &str) -> &str {
    let mut rest = name;
    loop {
        if let Some(at) = rest.rfind('@') {
            if at > 0 && is_date(&rest[at + 1..]) {
                rest = &rest[..at];
                continue;
            }
        }
        let dash = match rest.rfind('-') {
            Some(dash) if dash > 0 => dash,
            _ => return rest,
        };
        let word = &rest[dash + 1..];
        if !MODE_WORDS.contains(&word) && !is_date(word) {
            return rest;
        }
        rest = &rest[..dash];
    }
}

/// Cursor writes `claude-4.5-sonnet…`; Anthropic names Claude 4 and later `claude-sonnet-4-5…`.
/// Claude 3 keys keep the version first (`claude-3-7-sonnet`), so only a major version of 4 or
/// more is reordered.
pub(crate) fn claude_word_order(name: &str) -> String {
    let words: Vec<&str> = name.split('-').collect();
    if words.len() < 3
        || words[0] != "claude"
        || !CLAUDE_FAMILIES.contains(&words[2])
        || !is_version(words[1])
        || major_version(words[1]) < 4
    {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    out.push_str("claude-");
    out.push_str(words[2]);
    out.push('-');
    out.push_str(words[1]);
    for word in &words[3..] {
        out.push('-');
        out.push_str(word);
    }
    out
}

/// `4.5` → `4-5`: a dot between two digits becomes a dash; other dots stay. Left to right, so a
/// dash written before is what the next dot sees (`1.2.3` → `1-2-3`, as in Java).
pub(crate) fn version_dots_to_dashes(name: &str) -> String {
    let mut out = name.as_bytes().to_vec();
    for i in 1..out.len().saturating_sub(1) {
        if out[i] == b'.' && out[i - 1].is_ascii_digit() && out[i + 1].is_ascii_digit() {
            out[i] = b'-';
        }
    }
    // Only an ASCII '.' was replaced by an ASCII '-': still UTF-8.
    String::from_utf8(out).expect("ASCII replacement keeps UTF-8")
}

/// Exactly eight ASCII digits (`20250929`).
pub(crate) fn is_date(word: &str) -> bool {
    word.len() == 8 && all_digits(word)
}

/// `4`, `4.5`, `10.1`: digits, optionally a dot and digits.
fn is_version(word: &str) -> bool {
    match word.find('.') {
        None => !word.is_empty() && all_digits(word),
        Some(dot) => {
            dot > 0
                && dot < word.len() - 1
                && all_digits(&word[..dot])
                && all_digits(&word[dot + 1..])
        }
    }
}

/// The major version of a checked version; more than three digits counts as very large.
fn major_version(version: &str) -> u32 {
    let major = version.split('.').next().unwrap_or(version);
    if major.len() > 3 {
        u32::MAX
    } else {
        major.parse().unwrap_or(u32::MAX)
    }
}

fn all_digits(s: &str) -> bool {
    s.bytes().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ModelNamesTest.normalised
    #[test]
    fn normalised_names() {
        let cases = [
            (
                "claude-4.5-sonnet-thinking",
                "claude-sonnet-4.5 claude-sonnet-4-5",
            ),
            (
                "claude-4.6-opus-max-thinking",
                "claude-opus-4.6 claude-opus-4-6",
            ),
            ("claude-4-sonnet", "claude-sonnet-4"),
            ("claude-opus-4-7-thinking-xhigh", "claude-opus-4-7"),
            ("claude-3.7-sonnet", "claude-3.7-sonnet claude-3-7-sonnet"),
            ("CLAUDE-Sonnet-4-5-20250929", "claude-sonnet-4-5"),
            ("claude-sonnet-4-5@20250929", "claude-sonnet-4-5"),
            (
                "gpt-5.5-extra-high-fast",
                "gpt-5.5-extra-high-fast gpt-5-5-extra-high-fast",
            ),
            ("gpt-5-high", "gpt-5"),
            ("gpt-5.1-codex-max", "gpt-5.1-codex gpt-5-1-codex"),
            (
                "openrouter/Anthropic/claude-4.5-sonnet",
                "openrouter/anthropic/claude-sonnet-4.5 openrouter/anthropic/claude-sonnet-4-5",
            ),
            ("max", "max"),
            ("thinking-max", "thinking"),
            ("qwen2.5-coder", "qwen2.5-coder qwen2-5-coder"),
            ("v.1", "v.1"),
        ];
        for (id, expected) in cases {
            let expected: Vec<&str> = expected.split(' ').collect();
            assert_eq!(normalised(id), expected, "{}", id);
        }
    }

    #[test]
    fn only_ascii_letters_are_lower_cased() {
        assert_eq!(normalised("GPT-\u{130}-\u{3A9}"), ["gpt-\u{130}-\u{3A9}"]);
    }

    #[test]
    fn stripped_forms_drop_known_providers_one_at_a_time() {
        assert_eq!(
            stripped_forms("openrouter/anthropic/claude-x"),
            ["anthropic/claude-x", "claude-x"]
        );
        assert!(stripped_forms("unsloth/qwen").is_empty());
        assert!(stripped_forms("/gpt-5").is_empty());
    }

    #[test]
    fn prefix_variants_in_order_each_once() {
        assert_eq!(
            prefix_variants("claude-x"),
            [
                "anthropic/claude-x",
                "openai/claude-x",
                "gemini/claude-x",
                "xai/claude-x",
                "deepseek/claude-x",
                "mistral/claude-x",
                "moonshot/claude-x",
                "zai/claude-x"
            ]
        );
        assert_eq!(
            prefix_variants("openrouter/anthropic/claude-x"),
            [
                "anthropic/claude-x",
                "claude-x",
                "openai/claude-x",
                "gemini/claude-x",
                "xai/claude-x",
                "deepseek/claude-x",
                "mistral/claude-x",
                "moonshot/claude-x",
                "zai/claude-x"
            ]
        );
        assert_eq!(prefix_variants("z-ai/glm-4.6"), ["openrouter/z-ai/glm-4.6"]);
    }

    #[test]
    fn only_eight_digits_are_a_date() {
        assert!(is_date("20250929"));
        assert!(!is_date("0613"));
        assert!(!is_date("2025-09-29"));
        assert!(!is_date("2025092a"));
    }

    #[test]
    fn word_order_needs_a_claude_4_version_and_a_family() {
        assert_eq!(
            claude_word_order("claude-10.1-opus-x"),
            "claude-opus-10.1-x"
        );
        assert_eq!(claude_word_order("claude-9999-opus"), "claude-opus-9999");
        assert_eq!(claude_word_order("claude-3-opus"), "claude-3-opus");
        assert_eq!(claude_word_order("claude-4.-opus"), "claude-4.-opus");
        assert_eq!(claude_word_order("claude-.4-opus"), "claude-.4-opus");
        assert_eq!(claude_word_order("claude-4-poem"), "claude-4-poem");
        assert_eq!(claude_word_order("claude-4"), "claude-4");
    }

    #[test]
    fn trailing_words_and_dates_go_but_one_word_stays() {
        assert_eq!(strip_trailing_words("m-20250101@20250101-high"), "m");
        assert_eq!(strip_trailing_words("@20250101"), "@20250101");
        assert_eq!(strip_trailing_words("-high"), "-high");
        assert_eq!(strip_trailing_words("m-fast-high"), "m-fast");
    }

    #[test]
    fn dots_between_digits_become_dashes_left_to_right() {
        assert_eq!(version_dots_to_dashes("1.2.3"), "1-2-3");
        assert_eq!(version_dots_to_dashes("a.1.b"), "a.1.b");
        assert_eq!(version_dots_to_dashes("."), ".");
        assert_eq!(version_dots_to_dashes(""), "");
        assert_eq!(version_dots_to_dashes("\u{661}.2"), "\u{661}.2");
    }
}
