package dev.tokentracker.cli;

import dev.tokentracker.engine.ReportKind;
import picocli.CommandLine.Command;

/** {@code monthly}: one row per calendar month. */
@Command(name = "monthly", mixinStandardHelpOptions = true, versionProvider = TokenTrackerCommand.VersionProvider.class,
        description = "Usage and cost by month (in the report time zone), oldest first, with the models used.")
public final class MonthlyCommand extends ReportCommand {

    @Override
    ReportKind kind() {
        return ReportKind.MONTHLY;
    }
}
