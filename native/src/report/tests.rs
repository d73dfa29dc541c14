//! Tests of phase 2: each aggregator on hand-made priced messages, the pricer, the JSON writer,
//! and `finalize` end to end through the public API.

mod finalize_tests;
mod fixtures;
mod graph_tests;
mod json_tests;
mod model_tests;
mod period_tests;
mod pricer_tests;
