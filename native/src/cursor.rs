//! Cursor usage-export CSVs (mirrors Java `dev.tokentracker.cursor` CSV reading). To be written.
