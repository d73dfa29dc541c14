package dev.tokentracker.cli;

import dev.tokentracker.Version;
import dev.tokentracker.engine.ReportKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code token-tracker}: without a subcommand it prints the model report. Its subcommands are
 * added by {@link Cli}, only those a run needs ({@link Subcommands}).
 */
@Command(name = "token-tracker",
        mixinStandardHelpOptions = true,
        versionProvider = TokenTrackerCommand.VersionProvider.class,
        description = {
            "Token usage and cost of AI coding assistants (Claude Code, Codex, Gemini CLI, OpenCode, Cursor), "
                    + "read from their local logs and priced with LiteLLM's price table.",
            "",
            "Without a command: the report by model (same as 'models')."})
public final class TokenTrackerCommand extends ReportCommand {

    @Override
    ReportKind kind() {
        return ReportKind.MODELS;
    }

    /** {@code --version}: the tool version only; nothing heavy is loaded for it. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"token-tracker " + Version.NUMBER};
        }
    }
}
