//! Exact decimal amounts in picodollars (mirrors Java `scan.DecimalAmount`, `model.Money`). To be written.
