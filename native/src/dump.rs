//! The parse golden text format (mirrors Java `source.ParseDump`). To be written.
