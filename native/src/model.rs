//! The unified message and per-source counts (mirrors Java `model` and `source.SourceStats`). To be written.
