/**
 * Formatting only: terminal tables and the versioned JSON output ({@code docs/json-schema.md}).
 * Renders the report records of both engines; computes nothing.
 */
package dev.tokentracker.render;
