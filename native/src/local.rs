//! Phase 1: discovery, parallel parsing, merge in record order (mirrors Java `source.LocalParser`). To be written.
