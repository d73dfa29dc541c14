package dev.tokentracker.cli;

import dev.tokentracker.engine.ReportKind;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code graph}: the daily contribution-graph data as JSON. */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = TokenTrackerCommand.VersionProvider.class,
        description = "Daily contribution-graph data as JSON (schema in docs/json-schema.md), to stdout or a file.")
public final class GraphCommand extends ReportCommand {

    @Option(names = "--output", paramLabel = "FILE", description = "Write the JSON to FILE instead of stdout.")
    Path output;

    @Override
    ReportKind kind() {
        return ReportKind.GRAPH;
    }

    @Override
    Path output() {
        return output;
    }
}
