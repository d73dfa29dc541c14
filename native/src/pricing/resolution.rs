//! How one model id found its price (mirrors Java `pricing.Resolution`).

use super::rates::ModelRates;

/// The resolution rules of SPEC §5, in the order they are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Match {
    Exact,
    ProviderPrefix,
    Normalized,
    Boundary,
    Unpriced,
}

impl Match {
    /// The name used in JSON output and in the `pricing` command.
    pub fn id(self) -> &'static str {
        match self {
            Match::Exact => "exact",
            Match::ProviderPrefix => "provider-prefix",
            Match::Normalized => "normalized",
            Match::Boundary => "boundary",
            Match::Unpriced => "unpriced",
        }
    }

    /// The rule with this id; `None` when there is none.
    pub fn from_id(id: &str) -> Option<Match> {
        [
            Match::Exact,
            Match::ProviderPrefix,
            Match::Normalized,
            Match::Boundary,
            Match::Unpriced,
        ]
        .iter()
        .copied()
        .find(|m| m.id() == id)
    }
}

/// The price-table key a model id matched and by which rule, or unpriced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The model id as the logs name it.
    pub model_id: String,
    /// The price-table key, or `None` when unpriced.
    pub matched_key: Option<String>,
    /// The rule that matched.
    pub how: Match,
    /// The rates of `matched_key`, or `None` when unpriced.
    pub rates: Option<ModelRates>,
}

impl Resolution {
    pub fn unpriced(model_id: &str) -> Resolution {
        Resolution {
            model_id: model_id.into(),
            matched_key: None,
            how: Match::Unpriced,
            rates: None,
        }
    }

    pub fn is_priced(&self) -> bool {
        self.rates.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_java_ids() {
        let ids: Vec<&str> = [
            Match::Exact,
            Match::ProviderPrefix,
            Match::Normalized,
            Match::Boundary,
            Match::Unpriced,
        ]
        .iter()
        .map(|m| m.id())
        .collect();
        assert_eq!(
            ids,
            [
                "exact",
                "provider-prefix",
                "normalized",
                "boundary",
                "unpriced"
            ]
        );
        assert_eq!(Match::from_id("boundary"), Some(Match::Boundary));
        assert_eq!(Match::from_id("BOUNDARY"), None);
    }

    #[test]
    fn unpriced_has_no_key_and_no_rates() {
        let r = Resolution::unpriced("composer-2");
        assert_eq!(r.model_id, "composer-2");
        assert_eq!(r.matched_key, None);
        assert_eq!(r.how, Match::Unpriced);
        assert!(!r.is_priced());
    }
}
