//! Strict RFC 8259 pull reader over one record's bytes (mirrors Java `scan.JsonReader`). To be written.
