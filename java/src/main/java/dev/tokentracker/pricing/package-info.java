/**
 * Prices: LiteLLM's table (fetched, cached or bundled) reduced to the rates the tool uses, the
 * resolution of a model id to a table key, and the cost of one message in every cost mode.
 */
package dev.tokentracker.pricing;
