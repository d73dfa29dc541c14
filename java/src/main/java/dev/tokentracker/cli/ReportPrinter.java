package dev.tokentracker.cli;

import dev.tokentracker.ExitCode;
import dev.tokentracker.engine.ReportKind;
import dev.tokentracker.render.Numbers;
import dev.tokentracker.render.ReportJson;
import dev.tokentracker.render.ReportTable;
import dev.tokentracker.render.Style;
import dev.tokentracker.report.GraphReport;
import dev.tokentracker.report.ModelReport;
import dev.tokentracker.report.PeriodReport;
import dev.tokentracker.report.Report;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Prints a finished report: a table or JSON on stdout, or the graph file. */
final class ReportPrinter {

    static final String NO_DATA = "No usage data found.";

    private final Cli.Context context;
    private final Style style;
    private final int width;

    ReportPrinter(Cli.Context context, Style style, int width) {
        this.context = context;
        this.style = style;
        this.width = width;
    }

    int print(ReportKind kind, Report report, String filterLabel, boolean json, Path graphOutput,
            ReportJson.Context jsonContext) {
        if (kind == ReportKind.GRAPH) {
            return printGraph((GraphReport) report, graphOutput, jsonContext);
        }
        if (json) {
            context.out().print(ReportJson.render(report, jsonContext));
            context.out().flush();
            return ExitCode.OK;
        }
        if (report.isEmpty()) {
            context.out().println(NO_DATA);
            return ExitCode.OK;
        }
        String table = switch (report) {
            case ModelReport models -> ReportTable.models(models, title("Token Usage Report by Model", filterLabel), width, style);
            case PeriodReport periods -> ReportTable.periods(periods,
                    title(periods.granularity() == PeriodReport.Granularity.MONTH ? "Monthly Token Usage Report"
                            : "Daily Token Usage Report", filterLabel), width, style);
            case GraphReport graph -> throw new IllegalStateException("graph is printed as JSON");
        };
        context.out().print(table);
        context.out().flush();
        return ExitCode.OK;
    }

    private int printGraph(GraphReport graph, Path output, ReportJson.Context jsonContext) {
        String text = ReportJson.render(graph, jsonContext);
        if (output == null) {
            context.out().print(text);
            context.out().flush();
            if (graph.isEmpty()) {
                context.err().println(NO_DATA);
            }
            return ExitCode.OK;
        }
        try {
            ReportRunner.writeAtomically(output, text);
        } catch (IOException e) {
            context.err().println("error: could not write " + output + ": " + reason(e));
            return ExitCode.FAILED;
        }
        if (graph.isEmpty()) {
            context.err().println(NO_DATA);
        }
        context.err().println(style.green("✓") + " Graph data written to " + output);
        context.err().println("  " + graph.summary().totalDays() + " days, " + graph.summary().sources().size()
                + " sources, " + graph.summary().models().size() + " models, total "
                + Numbers.usd(graph.summary().totalCost()));
        return ExitCode.OK;
    }

    /**
     * Why a write failed, in the user's terms: the exception's own message names the temporary
     * file of the atomic write, which the user never asked for and which changes every run.
     */
    private static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException missing -> "the directory does not exist";
            case AccessDeniedException denied -> "permission denied";
            case FileSystemException other when other.getReason() != null -> other.getReason();
            default -> e.getMessage();
        };
    }

    private static String title(String base, String filterLabel) {
        return filterLabel.isEmpty() ? base : base + " (" + filterLabel + ")";
    }
}
