/**
 * Phase 1 of the Java engine: where each assistant keeps its data, discovery with the symlink and
 * record-order rules of SPEC §2, streaming of JSONL files with the marker pre-filter, and the driver
 * that parses all files in parallel and merges each source in record order. One sub-package per
 * assistant owns that format's parsing and deduplication.
 */
package dev.tokentracker.source;
