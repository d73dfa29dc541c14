package dev.tokentracker.cli;

import dev.tokentracker.engine.ReportKind;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code monthly}: one row per calendar month. */
@Command(name = "monthly", mixinStandardHelpOptions = true, versionProvider = TokenTrackerCommand.VersionProvider.class,
        description = "Usage and cost by month (in the report time zone), oldest first, with the models used.")
public final class MonthlyCommand implements Callable<Integer>, Cli.ContextAware {

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
        return new ReportRunner(context, spec).run(ReportKind.MONTHLY, options, null);
    }
}
