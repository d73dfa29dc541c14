/**
 * Prices (SPEC §5): where the price table comes from, which entry prices a model, and what a
 * message costs.
 *
 * <ul>
 *   <li>Source: {@link dev.tokentracker.pricing.PricingBranch} settles on one
 *       {@link dev.tokentracker.pricing.PriceTable} per run — fresh disk cache
 *       ({@link dev.tokentracker.pricing.PriceCache}), fetch ({@link dev.tokentracker.pricing.PriceFetcher}),
 *       expired cache, bundled snapshot ({@link dev.tokentracker.pricing.PriceSnapshot}), nothing — with
 *       one warning when it had to fall back. LiteLLM's JSON is reduced to chat models and the rates
 *       the formula uses by {@link dev.tokentracker.pricing.LiteLlmTable}, for the fetch, the cache
 *       and the bundled snapshot alike.
 *   <li>Resolution: {@link dev.tokentracker.pricing.ModelResolver} maps a model id to a key or to
 *       "unpriced", once per distinct id per run; the rules are plain string operations
 *       ({@code ModelNames}, {@code BoundaryMatch}) that the native engine mirrors.
 *   <li>Cost: {@link dev.tokentracker.pricing.CostCalculator}, integer picodollars, exact.
 * </ul>
 *
 * <p>{@code docs/pricing.md} explains all three with examples.
 */
package dev.tokentracker.pricing;
