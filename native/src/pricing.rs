//! Model-name resolution and the cost of one message (mirrors Java `pricing.ModelResolver`, `CostCalculator`). To be written.
