//! The provider of a model named in a Cursor export, which has no provider column (mirrors Java
//! `cursor.CursorProvider`; SPEC §6 "Provider inferred from the model name"). Cursor's own names
//! (the `auto` router, `composer-*`, `agent_review`, `code-supernova`) and anything unrecognised
//! are provider `cursor`.

/// The provider id for a model name; the first matching rule wins, in the order below.
pub fn infer(model: &str) -> &'static str {
    // A–Z only: full Unicode case mapping differs between Java and Rust in corners, and every
    // pattern here is ASCII, so both engines fold exactly these 26 letters.
    let name = model.to_ascii_lowercase();
    let contains_any = |needles: &[&str]| needles.iter().any(|n| name.contains(n));
    if contains_any(&["claude", "sonnet", "opus", "haiku"]) {
        "anthropic"
    } else if name.starts_with("gpt")
        || name.starts_with("chatgpt")
        || name.starts_with("codex")
        || is_o_series(&name)
    {
        "openai"
    } else if name.contains("gemini") {
        "google"
    } else if name.contains("deepseek") {
        "deepseek"
    } else if name.contains("grok") {
        "xai"
    } else if name.contains("kimi") {
        "moonshot"
    } else if contains_any(&["llama", "mixtral"]) {
        "meta"
    } else {
        "cursor"
    }
}

/// OpenAI's reasoning models: `o1`, `o3-mini`, `o4-mini-high`, …
fn is_o_series(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() >= 2 && b[0] == b'o' && b[1].is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::infer;

    #[test]
    fn infers_the_provider_from_the_model_name() {
        let cases = [
            ("claude-4.5-sonnet-thinking", "anthropic"),
            ("CLAUDE-OPUS-4-7-THINKING-MAX", "anthropic"),
            ("sonnet-4", "anthropic"),
            ("opus-4.1", "anthropic"),
            ("claude-3.5-haiku", "anthropic"),
            ("gpt-5.5-extra-high-fast", "openai"),
            ("chatgpt-4o-latest", "openai"),
            ("codex-mini", "openai"),
            ("o3", "openai"),
            ("o4-mini", "openai"),
            ("gemini-3-pro-preview", "google"),
            ("deepseek-r1", "deepseek"),
            ("grok-code-fast-1", "xai"),
            ("kimi-k2-instruct", "moonshot"),
            ("llama-3.1-405b", "meta"),
            ("mixtral-8x7b", "meta"),
            ("auto", "cursor"),
            ("composer-2-fast", "cursor"),
            ("agent_review", "cursor"),
            ("code-supernova-1-million", "cursor"),
            ("unknown", "cursor"),
            ("oss-120b", "cursor"),
            ("my-gpt-wrapper", "cursor"),
            ("ｇｐｔ-5", "cursor"),
            ("o", "cursor"),
            ("oé", "cursor"),
        ];
        for (model, provider) in cases {
            assert_eq!(infer(model), provider, "{}", model);
        }
    }
}
