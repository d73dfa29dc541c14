/**
 * The only code that touches {@code java.lang.foreign}: hand-written bindings of the native core's
 * C ABI ({@code native/include/token_tracker.h}), loading of the library bundled in the jar, and
 * the ownership rules of every call. Loading never throws; it records why native is unusable.
 */
package dev.tokentracker.ffi;
