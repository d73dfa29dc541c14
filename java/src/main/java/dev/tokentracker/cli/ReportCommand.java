package dev.tokentracker.cli;

import dev.tokentracker.engine.ReportKind;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * What every report command shares: the report flags, the shared context, and running the report
 * of its kind. A subclass only names its kind (and the graph adds {@code --output}).
 */
abstract class ReportCommand implements Callable<Integer>, Cli.ContextAware {

    @Mixin
    ReportOptions options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private Cli.Context context;

    @Override
    public void setContext(Cli.Context context) {
        this.context = context;
    }

    abstract ReportKind kind();

    /** Where the graph goes; null = stdout (only the graph writes files). */
    Path output() {
        return null;
    }

    @Override
    public Integer call() {
        return new ReportRunner(context, spec).run(kind(), options, output());
    }
}
