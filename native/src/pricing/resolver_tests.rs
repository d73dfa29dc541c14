//! The resolution rules one by one, on small tables that isolate each rule and each trap (the
//! cases of Java's `ModelResolverTest`).

use super::*;

const RATES: ModelRates = ModelRates {
    input: 1,
    output: 2,
    ..ModelRates::NONE
};

fn table(keys: &[&str]) -> PriceTable {
    PriceTable::new(keys.iter().map(|k| (k.to_string(), RATES)))
}

/// `key (match)` or `-` when unpriced, as Java's test prints it.
fn key_of(table: &PriceTable, model: &str) -> String {
    let r = ModelResolver::new(table).resolve(model);
    match r.matched_key {
        Some(key) => format!("{} ({})", key, r.how.id()),
        None => "-".to_string(),
    }
}

#[test]
fn resolves() {
    let cases: &[(&str, &str, &str)] = &[
        // exact wins over everything
        (
            "claude-sonnet-4-5",
            "claude-sonnet-4-5 anthropic/claude-sonnet-4-5",
            "claude-sonnet-4-5 (exact)",
        ),
        // provider prefix removed, repeatedly
        (
            "openrouter/anthropic/claude-x-1",
            "anthropic/claude-x-1 claude-x-1",
            "anthropic/claude-x-1 (provider-prefix)",
        ),
        (
            "openrouter/anthropic/claude-x-1",
            "claude-x-1",
            "claude-x-1 (provider-prefix)",
        ),
        // an unknown first segment is not a provider
        ("someone/claude-x-1", "claude-x-1", "-"),
        // provider prefix added, in the documented order
        (
            "grok-9",
            "xai/grok-9 openai/grok-9",
            "openai/grok-9 (provider-prefix)",
        ),
        // a vendor/model id is OpenRouter's naming
        (
            "vendor/model-1",
            "openrouter/vendor/model-1",
            "openrouter/vendor/model-1 (provider-prefix)",
        ),
        // clouds, gateways and regions are never added to a bare name
        (
            "model-1",
            "vertex_ai/model-1 bedrock/model-1 azure/model-1 openrouter/model-1 us.model-1",
            "-",
        ),
        // normalised: case, date, Vertex date, dots in versions, Cursor word order, mode words
        ("Model-One-2", "model-one-2", "model-one-2 (normalized)"),
        (
            "model-one-2-20990101",
            "model-one-2",
            "model-one-2 (normalized)",
        ),
        (
            "model-one-2@20990101",
            "model-one-2",
            "model-one-2 (normalized)",
        ),
        (
            "claude-sonnet-9.5",
            "claude-sonnet-9-5",
            "claude-sonnet-9-5 (normalized)",
        ),
        (
            "claude-9.5-sonnet-thinking",
            "claude-sonnet-9-5",
            "claude-sonnet-9-5 (normalized)",
        ),
        (
            "claude-9.5-opus-max-thinking",
            "claude-opus-9-5",
            "claude-opus-9-5 (normalized)",
        ),
        (
            "gpt-9.1-codex-xhigh",
            "gpt-9.1-codex",
            "gpt-9.1-codex (normalized)",
        ),
        ("gpt-9-extra-high", "gpt-9", "gpt-9 (normalized)"),
        (
            "anthropic/claude-9.5-sonnet",
            "claude-sonnet-9-5",
            "claude-sonnet-9-5 (normalized)",
        ),
        // fast is a priced tier, not a mode word
        ("gpt-9-fast", "gpt-9", "-"),
        // boundary: the longest key the name starts with, up to a '-'
        (
            "gpt-9-preview-x",
            "gpt-9 gpt-9-preview",
            "gpt-9-preview (boundary)",
        ),
        // boundary: a cut followed by a version is refused; only the remainder's first word counts
        ("gpt-9-preview-2", "gpt-9 gpt-9-preview", "gpt-9 (boundary)"),
        // boundary: a date may follow the cut
        ("model-one-20990101-x", "model-one", "model-one (boundary)"),
        // boundary: the name plus a date, the latest date
        (
            "claude-sonnet-9",
            "claude-sonnet-9-20990101 claude-sonnet-9-20990505",
            "claude-sonnet-9-20990505 (boundary)",
        ),
        // boundary after stripping a provider
        ("openrouter/gpt-9-preview", "gpt-9", "gpt-9 (boundary)"),
    ];
    for (model, keys, expected) in cases {
        let keys: Vec<&str> = keys.split(' ').collect();
        assert_eq!(
            key_of(&table(&keys), model),
            *expected,
            "{} with {:?}",
            model,
            keys
        );
    }
}

#[test]
fn never_a_wrong_model() {
    let cases = [
        ("gpt-4", "gpt-4o"),
        ("gpt-4o", "gpt-4"),
        ("claude-sonnet-4", "claude-sonnet-4-5"),
        ("claude-sonnet-4-5", "claude-sonnet-4"),
        ("claude-sonnet-4-5-20250929", "claude-sonnet-4"),
        ("claude-opus-4-8", "claude-opus-4"),
        ("gpt-5.4", "gpt-5"),
        ("gpt-5.4-mini", "gpt-5.4"),
        ("gpt-5-codex-mini", "gpt-5-codex"),
        ("gemini-3-flash-lite", "gemini-3-flash"),
        (
            "claude-sonnet-4-5",
            "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
        ),
        (
            "claude-sonnet-4-5",
            "anthropic.claude-sonnet-4-5-20250929-v1:0",
        ),
        (
            "claude-sonnet-4-5",
            "bedrock/us-east-1/1-month-commitment/claude-sonnet-4-5",
        ),
        ("gpt-5", "azure/gpt-5"),
        ("auto-gemini-3", "auto"),
        ("auto-gemini-3", "gemini-3"),
        ("auto-gemini-3", "gemini-3-pro-preview"),
        ("claude-opus-4-7-thinking", "claude"),
        ("sonnet", "claude-sonnet-4-5"),
    ];
    for (model, wrong_key) in cases {
        assert_eq!(
            key_of(&table(&[wrong_key]), model),
            "-",
            "{} priced as {}",
            model,
            wrong_key
        );
    }
}

#[test]
fn a_bare_key_wins_over_regional_and_cloud_copies() {
    let t = table(&[
        "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "vertex_ai/claude-sonnet-4-5",
        "bedrock/us-east-1/claude-sonnet-4-5",
        "azure_ai/claude-sonnet-4-5",
        "claude-sonnet-4-5-20250929",
    ]);
    assert_eq!(
        key_of(&t, "claude-sonnet-4-5"),
        "claude-sonnet-4-5-20250929 (boundary)"
    );
}

#[test]
fn an_unpriced_model_has_no_key_and_no_rates() {
    let t = table(&["gpt-5"]);
    let r = ModelResolver::new(&t).resolve("composer-2");
    assert_eq!(r, Resolution::unpriced("composer-2"));
    assert!(!r.is_priced());
}

#[test]
fn each_distinct_id_is_resolved_once_per_resolver() {
    let t = table(&["gpt-5"]);
    let resolver = ModelResolver::new(&t);
    let first = resolver.resolve("gpt-5-high");
    assert_eq!(resolver.resolve("gpt-5-high"), first);
    assert_eq!(first.rates, Some(RATES));
    assert_eq!(first.model_id, "gpt-5-high");
    assert_eq!(resolver.remembered(), 1);
}

#[test]
fn an_empty_table_prices_nothing() {
    assert_eq!(key_of(&table(&[]), "claude-sonnet-4-5"), "-");
}

#[test]
fn the_resolver_is_shared_between_threads() {
    fn assert_sync<T: Sync + Send>() {}
    assert_sync::<ModelResolver<'static>>();
    let t = table(&["gpt-5"]);
    let resolver = ModelResolver::new(&t);
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| assert_eq!(resolver.resolve("gpt-5-high").how, Match::Normalized));
        }
    });
}
