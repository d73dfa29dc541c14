/**
 * Phase 2 of the Java engine, after the messages are read: dating in the report time zone
 * ({@link dev.tokentracker.report.ZoneTable}), the date filter, pricing each message, and the
 * aggregation into the model, monthly, daily and graph reports — each with a total order.
 */
package dev.tokentracker.report;
