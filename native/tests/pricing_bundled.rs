//! Model resolution against the bundled price snapshot, pinned by
//! `testdata/pricing/resolution-bundled.tsv` (shared with Java's `BundledResolutionTest`): every
//! model id of the real-data notes and each trap of SPEC §5 must match the same key by the same
//! rule in both engines.
//!
//! The table is built here from the snapshot Java ships
//! (`java/src/main/resources/pricing/litellm-snapshot.json`), read as Java's `PriceSnapshot.read`
//! reads it, then sent through the ABI encoding so that the decoder is part of the check.

use serde_json::Value;
use std::fs;
use token_tracker_core::pricing::{ModelRates, ModelResolver, PriceTable, RateField, ABSENT};

const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// The bundled snapshot's models, as Java's `PriceSnapshot.bundled()` builds its table.
fn bundled_table() -> PriceTable {
    let path = format!(
        "{}/java/src/main/resources/pricing/litellm-snapshot.json",
        REPO
    );
    let doc: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(doc["format"], 1, "snapshot format");
    let models = doc["models"].as_object().expect("a models object");
    let table = PriceTable::new(models.iter().map(|(key, fields)| {
        let mut rates = [ABSENT; 10];
        for (name, value) in fields.as_object().expect("a rates object") {
            let rate = value.as_i64().expect("an integer rate");
            assert!(rate >= 0, "negative rate for {}", key);
            if let Some(field) = RateField::by_snapshot_name(name) {
                rates[field.index()] = rate;
            }
        }
        (key.clone(), ModelRates::from_array(rates))
    }));
    PriceTable::decode(&table.encode()).unwrap()
}

/// (model id, matched key or None, match id) of every line of the TSV, as Java splits it.
fn vectors() -> Vec<(String, Option<String>, String)> {
    let path = format!("{}/testdata/pricing/resolution-bundled.tsv", REPO);
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 3, "three columns: {:?}", line);
            let key = if f[1] == "-" {
                None
            } else {
                Some(f[1].to_string())
            };
            (f[0].to_string(), key, f[2].to_string())
        })
        .collect()
}

#[test]
fn every_pinned_model_resolves_as_in_java() {
    let table = bundled_table();
    assert!(
        table.len() > 1000,
        "the snapshot has {} models",
        table.len()
    );
    let resolver = ModelResolver::new(&table);
    let vectors = vectors();
    let mut wrong = Vec::new();
    for (model, expected_key, expected_match) in &vectors {
        let r = resolver.resolve(model);
        assert_eq!(&r.model_id, model);
        assert_eq!(r.is_priced(), expected_key.is_some(), "{}", model);
        assert_eq!(
            r.rates.as_ref(),
            r.matched_key.as_deref().and_then(|k| table.get(k)),
            "{}",
            model
        );
        if &r.matched_key != expected_key || r.how.id() != expected_match {
            wrong.push(format!(
                "{}: expected {:?} ({}), got {:?} ({})",
                model,
                expected_key,
                expected_match,
                r.matched_key,
                r.how.id()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(vectors.len() >= 45, "{} vectors", vectors.len());
}

#[test]
fn the_table_covers_every_model_of_the_real_data_notes() {
    let pinned: Vec<String> = vectors().into_iter().map(|(model, _, _)| model).collect();
    for model in [
        "claude-sonnet-4-20250514",
        "claude-opus-4-20250514",
        "claude-sonnet-4-5-20250929",
        "claude-haiku-4-5-20251001",
        "claude-opus-4-5-20251101",
        "claude-opus-4-6",
        "claude-sonnet-4-6",
        "claude-opus-4-8",
        "claude-sonnet-5",
        "claude-opus-5",
        "<synthetic>",
        "unsloth/Qwen3-Coder-Next",
        "gpt-5-codex",
        "gpt-5.1",
        "gpt-5.1-codex",
        "gpt-5.1-codex-max",
        "gpt-5.2-codex",
        "gpt-5.3-codex",
        "gpt-5.4",
        "gemini-2.5-pro",
        "gemini-2.5-flash",
        "gemini-2.5-flash-lite",
        "gemini-3-pro-preview",
        "gemini-3-flash-preview",
        "gemini-3.1-pro-preview",
        "auto-gemini-2.5",
        "auto-gemini-3",
        "z-ai/glm-4.6",
        "glm-4.7-free",
        "deepseek-ai/deepseek-v4-flash",
        "moonshotai/kimi-k2.6",
        "auto",
        "agent_review",
        "composer-1",
        "composer-1.5",
        "composer-2",
        "composer-2-fast",
        "code-supernova",
        "code-supernova-1-million",
        "claude-4.5-sonnet-thinking",
        "claude-4.6-opus-max-thinking",
        "claude-opus-4-7-thinking-xhigh",
        "gpt-5-high",
        "gpt-5.5-extra-high-fast",
        "claude-3-5-haiku-20241022",
    ] {
        assert!(pinned.iter().any(|p| p == model), "{} is not pinned", model);
    }
}
