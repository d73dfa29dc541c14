package dev.tokentracker.cli;

import dev.tokentracker.engine.ReportKind;
import picocli.CommandLine.Command;

/** {@code models}: one row per source, provider and model. */
@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = TokenTrackerCommand.VersionProvider.class,
        description = "Usage and cost by model: one row per source, provider and model, costliest first.")
public final class ModelsCommand extends ReportCommand {

    @Override
    ReportKind kind() {
        return ReportKind.MODELS;
    }
}
