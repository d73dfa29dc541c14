package dev.tokentracker.cli;

import dev.tokentracker.engine.ReportKind;
import picocli.CommandLine.Command;

/** {@code daily}: one row per calendar day. */
@Command(name = "daily", mixinStandardHelpOptions = true, versionProvider = TokenTrackerCommand.VersionProvider.class,
        description = "Usage and cost by day (in the report time zone), oldest first, with the models used.")
public final class DailyCommand extends ReportCommand {

    @Override
    ReportKind kind() {
        return ReportKind.DAILY;
    }
}
