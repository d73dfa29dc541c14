/**
 * Immutable values shared by every part: the sources, the unified message of SPEC §3, the cost
 * rule of a message, exact money (picodollars, 128-bit) and saturating token arithmetic. No I/O.
 */
package dev.tokentracker.model;
