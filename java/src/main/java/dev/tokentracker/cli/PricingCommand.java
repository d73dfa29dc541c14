package dev.tokentracker.cli;

import dev.tokentracker.ExitCode;
import dev.tokentracker.model.Money;
import dev.tokentracker.pricing.ModelRates;
import dev.tokentracker.pricing.ModelResolver;
import dev.tokentracker.pricing.PricingBranch;
import dev.tokentracker.pricing.PricingSettings;
import dev.tokentracker.pricing.Resolution;
import dev.tokentracker.source.Environment;
import dev.tokentracker.source.SourceLocations;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pricing MODEL…}: how each model id resolves to a price, and the rates it gets. */
@Command(name = "pricing", mixinStandardHelpOptions = true, versionProvider = TokenTrackerCommand.VersionProvider.class,
        description = "Show which price-table entry each model matches, how, and its rates (USD per million tokens).")
public final class PricingCommand implements Callable<Integer>, Cli.ContextAware {

    @Parameters(paramLabel = "MODEL", arity = "1..*", description = "Model ids as the logs name them.")
    List<String> models;

    @Option(names = "--offline", description = "No network: prices from the cache or the bundled snapshot.")
    boolean offline;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private Cli.Context context;

    @Override
    public void setContext(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Environment env = environment();
        PricingBranch.Outcome prices = PricingBranch.load(
                PricingSettings.of(new SourceLocations(env), offline || parentSaysOffline(), context.clock()));
        prices.warnings().forEach(w -> context.err().println("warning: " + w));
        ModelResolver resolver = new ModelResolver(prices.table());
        for (String model : models) {
            Resolution r = resolver.resolve(model);
            context.out().println(model);
            if (!r.isPriced()) {
                context.out().println("  unpriced: no entry matches (its cost counts as $0.00)");
                continue;
            }
            context.out().println("  matched " + r.matchedKey() + " (" + r.match().id() + ")");
            ModelRates rates = r.rates();
            line("input", rates.input(), rates.inputAbove200k());
            line("output", rates.output(), rates.outputAbove200k());
            line("cache read", rates.cacheRead(), rates.cacheReadAbove200k());
            line("cache write", rates.cacheWrite(), rates.cacheWriteAbove200k());
            line("cache write 1h", rates.cacheWrite1h(), rates.cacheWrite1hAbove200k());
        }
        context.out().flush();
        return ExitCode.OK;
    }

    /** The process environment as the context gives it (this command has no {@code --home}). */
    private Environment environment() {
        String home = context.env().get("HOME");
        Path path = home == null || home.isEmpty() ? Path.of(System.getProperty("user.home")) : Path.of(home);
        return new Environment(path, false, context.env());
    }

    /** {@code token-tracker --offline pricing X}: the flag given before the command applies to it. */
    private boolean parentSaysOffline() {
        CommandLine parent = spec.commandLine().getParent();
        return parent != null && parent.getParseResult() != null && parent.getParseResult().hasMatchedOption("--offline");
    }

    private void line(String name, long base, long above200k) {
        if (base == ModelRates.ABSENT && above200k == ModelRates.ABSENT) {
            return;
        }
        StringBuilder text = new StringBuilder(String.format("  %-16s", name + ":"));
        text.append(base == ModelRates.ABSENT ? "-" : perMillion(base));
        if (above200k != ModelRates.ABSENT) {
            text.append("   above 200k prompt tokens: ").append(perMillion(above200k));
        }
        context.out().println(text);
    }

    /** Picodollars per token → dollars per million tokens. */
    private static String perMillion(long picosPerToken) {
        BigDecimal usd = Money.product(picosPerToken, 1_000_000).usd();
        return "$" + usd.toPlainString() + "/M";
    }
}
