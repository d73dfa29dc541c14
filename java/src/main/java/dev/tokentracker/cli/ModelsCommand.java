package dev.tokentracker.cli;

import dev.tokentracker.engine.ReportKind;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code models}: one row per source, provider and model. */
@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = TokenTrackerCommand.VersionProvider.class,
        description = "Usage and cost by model: one row per source, provider and model, costliest first.")
public final class ModelsCommand implements Callable<Integer>, Cli.ContextAware {

    @Mixin
    ReportOptions options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private Cli.Context context;

    @Override
    public void setContext(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return new ReportRunner(context, spec).run(ReportKind.MODELS, options, null);
    }
}
