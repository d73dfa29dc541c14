package dev.tokentracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code pricing MODEL…}: the matched key, how it matched, and the rates, per model. */
class PricingCommandTest {

    @Test
    void pricingMatchesGolden() {
        CliRun run = new CliRun().run("pricing", "claude-sonnet-4-5", "claude-sonnet-4-20250514", "claude-opus-4-1",
                "gpt-5-codex", "z-ai/glm-4.6", "gemini-2.5-pro", "auto-gemini-3");

        run.matchesGolden("pricing/models");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unpricedModelSaysSo() {
        CliRun run = new CliRun().run("pricing", "auto-gemini-3");

        assertThat(run.out()).isEqualTo("auto-gemini-3\n  unpriced: no entry matches (its cost counts as $0.00)\n");
    }

    @Test
    void providerPrefixMatchIsNamed() {
        CliRun run = new CliRun().run("pricing", "z-ai/glm-4.6");

        assertThat(run.out()).contains("  matched openrouter/z-ai/glm-4.6 (provider-prefix)\n");
    }
}
