//! Model-name resolution and the cost of one message (mirrors Java package `pricing`: the classes
//! `ModelRates`, `RateField`, `PriceTable`, `ModelNames`, `BoundaryMatch`, `Resolution`,
//! `ModelResolver`, `CostMode` and `CostCalculator`; not the fetch, cache and snapshot classes,
//! which stay in Java).
//!
//! Java chooses the price table (fetch, cache, bundled snapshot) and hands it over in the binary
//! layout of `docs/abi.md` ("Price table"), decoded by [`PriceTable::decode`]. The rules that
//! follow are `docs/pricing.md` §2 (which key prices a model) and §3 (what a message costs), ported
//! line by line so that both engines agree on every model id and every picodollar.

mod boundary;
mod cost;
mod names;
mod rates;
mod resolution;
mod resolver;
mod table;

pub use cost::{calculate, cost, CostMode, Outcome, LONG_CONTEXT_THRESHOLD};
pub use rates::{ModelRates, RateField, ABSENT};
pub use resolution::{Match, Resolution};
pub use resolver::ModelResolver;
pub use table::PriceTable;

#[cfg(test)]
mod cost_tests;
#[cfg(test)]
mod resolver_tests;
