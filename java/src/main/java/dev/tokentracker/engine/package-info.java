/**
 * The two-phase report run (SPEC §1): {@link dev.tokentracker.engine.TwoPhaseRun} starts the
 * Cursor sync, the pricing fetch and the local parse at once and finalizes when all three have
 * settled. {@link dev.tokentracker.engine.Engine} is implemented twice — the pure-Java
 * {@link dev.tokentracker.engine.JavaEngine} and the Rust-backed
 * {@link dev.tokentracker.engine.NativeEngine} — and both must give identical reports.
 */
package dev.tokentracker.engine;
