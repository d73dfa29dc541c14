package dev.tokentracker.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code cursor login | logout | status}: the Cursor account whose usage export reports include. */
@Command(name = "cursor",
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Log in to Cursor, log out, or check the login.",
            "",
            "Cursor keeps no usage log on disk. While you are logged in, every report run downloads the usage export "
                    + "of cursor.com's dashboard into ~/.token-tracker/cursor-cache/ and reads it from there."},
        subcommands = {CursorLoginCommand.class, CursorLogoutCommand.class, CursorStatusCommand.class})
public final class CursorCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: login, logout or status");
    }
}
