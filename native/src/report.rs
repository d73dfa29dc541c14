//! Aggregation into the model, monthly, daily and graph reports (mirrors Java `report`). To be written.
