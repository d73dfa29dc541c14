//! File discovery with the symlink and record-order rules of SPEC §2 (mirrors Java `source.FileDiscovery`). To be written.
