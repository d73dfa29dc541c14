//! Decoding of the OpenCode store rows Java hands over (docs/abi.md, "Store rows"). To be written.
