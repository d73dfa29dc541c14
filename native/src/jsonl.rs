//! Streaming JSONL lines with the marker pre-filter (mirrors Java `source.JsonlFile`). To be written.
