//! STAND-IN, replaced at merge by helper rpricing's module (mirrors Java `pricing`). Only the
//! signatures the report code uses, with exact-key resolution and a base-rate formula.

use crate::model::{CostRule, UsageMessage};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelRates {
    pub input: i64,
    pub output: i64,
    pub cache_read: i64,
    pub cache_write: i64,
    pub cache_write_1h: i64,
    pub input_above_200k: i64,
    pub output_above_200k: i64,
    pub cache_read_above_200k: i64,
    pub cache_write_above_200k: i64,
    pub cache_write_1h_above_200k: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PriceTable {
    entries: Vec<(String, ModelRates)>,
}

impl PriceTable {
    pub fn decode(bytes: &[u8]) -> Result<PriceTable, String> {
        let mut p = 0usize;
        let mut take = |n: usize| -> Result<&[u8], String> {
            let s = bytes
                .get(p..p + n)
                .ok_or_else(|| "truncated price table".to_string())?;
            p += n;
            Ok(s)
        };
        let mut u32le = [0u8; 4];
        u32le.copy_from_slice(take(4)?);
        let count = u32::from_le_bytes(u32le);
        let mut entries = Vec::new();
        for _ in 0..count {
            u32le.copy_from_slice(take(4)?);
            let len = u32::from_le_bytes(u32le) as usize;
            let key = String::from_utf8(take(len)?.to_vec()).map_err(|e| e.to_string())?;
            let mut r = [0i64; 10];
            for rate in r.iter_mut() {
                let mut b = [0u8; 8];
                b.copy_from_slice(take(8)?);
                *rate = i64::from_le_bytes(b);
            }
            entries.push((
                key,
                ModelRates {
                    input: r[0],
                    output: r[1],
                    cache_read: r[2],
                    cache_write: r[3],
                    cache_write_1h: r[4],
                    input_above_200k: r[5],
                    output_above_200k: r[6],
                    cache_read_above_200k: r[7],
                    cache_write_above_200k: r[8],
                    cache_write_1h_above_200k: r[9],
                },
            ));
        }
        if p != bytes.len() {
            return Err("trailing bytes".to_string());
        }
        Ok(PriceTable { entries })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    Exact,
    ProviderPrefix,
    Normalized,
    Boundary,
    Unpriced,
}

impl Match {
    pub fn id(self) -> &'static str {
        match self {
            Match::Exact => "exact",
            Match::ProviderPrefix => "provider-prefix",
            Match::Normalized => "normalized",
            Match::Boundary => "boundary",
            Match::Unpriced => "unpriced",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    pub model_id: String,
    pub matched_key: Option<String>,
    pub how: Match,
    pub rates: Option<ModelRates>,
}

pub struct ModelResolver<'a> {
    table: &'a PriceTable,
}

impl<'a> ModelResolver<'a> {
    pub fn new(table: &'a PriceTable) -> ModelResolver<'a> {
        ModelResolver { table }
    }

    pub fn resolve(&self, model_id: &str) -> Resolution {
        match self.table.entries.iter().find(|(k, _)| k == model_id) {
            Some((key, rates)) => Resolution {
                model_id: model_id.to_string(),
                matched_key: Some(key.clone()),
                how: Match::Exact,
                rates: Some(*rates),
            },
            None => Resolution {
                model_id: model_id.to_string(),
                matched_key: None,
                how: Match::Unpriced,
                rates: None,
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostMode {
    Auto,
    Calculate,
    Display,
}

impl CostMode {
    pub fn from_id(id: &str) -> Option<CostMode> {
        match id {
            "auto" => Some(CostMode::Auto),
            "calculate" => Some(CostMode::Calculate),
            "display" => Some(CostMode::Display),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub cost_picos: u128,
    pub missing_price: bool,
}

pub fn cost(m: &UsageMessage, rates: Option<&ModelRates>, mode: CostMode) -> Outcome {
    let reported = Outcome {
        cost_picos: if m.has_reported_cost() {
            m.reported_cost_picos as u128
        } else {
            0
        },
        missing_price: false,
    };
    let calculated = match rates {
        None => Outcome {
            cost_picos: 0,
            missing_price: true,
        },
        Some(r) => Outcome {
            cost_picos: m.input as u128 * r.input.max(0) as u128
                + (m.output as u128 + m.reasoning as u128) * r.output.max(0) as u128,
            missing_price: false,
        },
    };
    match (m.cost_rule, mode) {
        (CostRule::NotCharged, _) => Outcome {
            cost_picos: 0,
            missing_price: false,
        },
        (CostRule::ReportedOnly, _) | (_, CostMode::Display) => reported,
        (_, CostMode::Calculate) => calculated,
        (CostRule::PricedFirst, CostMode::Auto) if rates.is_some() || !m.has_reported_cost() => {
            calculated
        }
        (CostRule::PricedFirst, CostMode::Auto) => reported,
        (_, CostMode::Auto) if m.has_reported_cost() => reported,
        _ => calculated,
    }
}
