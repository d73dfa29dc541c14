//! RFC 3339 timestamps and civil dates (mirrors Java `scan.Timestamps`). To be written.
