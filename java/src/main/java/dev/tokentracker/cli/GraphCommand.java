package dev.tokentracker.cli;

import dev.tokentracker.engine.ReportKind;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code graph}: the daily contribution-graph data as JSON. */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = TokenTrackerCommand.VersionProvider.class,
        description = "Daily contribution-graph data as JSON (schema in docs/json-schema.md), to stdout or a file.")
public final class GraphCommand implements Callable<Integer>, Cli.ContextAware {

    @Mixin
    ReportOptions options;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the JSON to FILE instead of stdout.")
    Path output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private Cli.Context context;

    @Override
    public void setContext(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return new ReportRunner(context, spec).run(ReportKind.GRAPH, options, output);
    }
}
