//! Step 4 of model resolution: a key that equals the name up to a word boundary (mirrors Java
//! `pricing.BoundaryMatch`).
//!
//! Never a substring: the key must be the name plus a date, or the name cut at a `-`. The cut is
//! refused where the rest of the name could make it a different model, so `claude-sonnet-4-5`
//! never prices as `claude-sonnet-4`, nor `gpt-5-mini` as `gpt-5`; a miss is unpriced, which is
//! better than a wrong price.

use super::names::is_date;
use super::table::PriceTable;

/// Words that name a cheaper or dearer variant of a model, or another modality. A cut whose rest
/// contains one of them is refused (`gpt-5.4-mini` is not `gpt-5.4`).
const VARIANT_WORDS: [&str; 21] = [
    "mini", "nano", "lite", "flash", "pro", "plus", "turbo", "fast", "priority", "flex", "batch",
    "large", "small", "micro", "air", "ultra", "audio", "realtime", "search", "image", "tts",
];

/// The key this name matches at a boundary, or `None`. First the name plus a date
/// (`claude-sonnet-4` → `claude-sonnet-4-20250514`; the latest date when there are several), then
/// the longest allowed cut of the name.
pub(crate) fn find<'t>(name: &str, table: &'t PriceTable) -> Option<&'t str> {
    if let Some(dated) = dated_key(name, table) {
        return Some(dated);
    }
    let mut end = name.len();
    while let Some(cut) = name[..end].rfind('-') {
        if cut == 0 {
            break;
        }
        let key = &name[..cut];
        if key.find('-').map_or(false, |dash| dash > 0) && rest_allowed(&name[cut..]) {
            if let Some(stored) = table.stored_key(key) {
                return Some(stored);
            }
        }
        end = cut;
    }
    None
}

/// The last key (in key order, so the latest date) that is `name-YYYYMMDD`.
fn dated_key<'t>(name: &str, table: &'t PriceTable) -> Option<&'t str> {
    let from = format!("{}-", name);
    let mut found = None;
    for (key, _) in table.entries_after(&from) {
        if !key.starts_with(&from) {
            break;
        }
        if is_date(&key[from.len()..]) {
            found = Some(key.as_str());
        }
    }
    found
}

/// Whether what follows the cut (it starts with `-`) may be dropped: not a version (`-5`,
/// `-4-5`) unless it is a date (`-20250514`), and no variant word. Keys without a `-` (such as
/// `o3` or a router alias like `auto`) never match this way; that is checked by the caller.
fn rest_allowed(rest: &str) -> bool {
    let mut words = rest[1..].split('-');
    let first = words.next().unwrap_or("");
    if first.bytes().next().map_or(false, |c| c.is_ascii_digit()) && !is_date(first) {
        return false;
    }
    !rest[1..]
        .split('-')
        .any(|word| VARIANT_WORDS.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rest_may_not_start_with_a_version_or_hold_a_variant_word() {
        assert!(rest_allowed("-preview"));
        assert!(rest_allowed("-20250514"));
        assert!(rest_allowed("-preview-2"));
        assert!(rest_allowed("-"));
        assert!(!rest_allowed("-5"));
        assert!(!rest_allowed("-4-5"));
        assert!(!rest_allowed("-2025051"));
        assert!(!rest_allowed("-preview-mini"));
        assert!(!rest_allowed("-fast"));
    }
}
