package dev.tokentracker.cli;

import dev.tokentracker.ExitCode;
import dev.tokentracker.cursor.CursorCredentials;
import dev.tokentracker.source.SourceLocations;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/**
 * {@code cursor logout}: deletes the saved login (whatever state the file is in). Not being
 * logged in is not an error. The cached export stays: it is the user's data, and reports keep
 * reading it until it is deleted.
 */
@Command(name = "logout", mixinStandardHelpOptions = true,
        description = {"Forget the saved Cursor login.", "", "The cached usage export is kept; reports still read it."})
final class CursorLogoutCommand extends CursorSubcommand {

    @Override
    public Integer call() {
        SourceLocations locations = locations();
        Path file = CursorCredentials.file(locations);
        boolean deleted;
        try {
            deleted = CursorCredentials.delete(file);
        } catch (IOException e) {
            context.err().println("error: could not remove " + file + " (" + e.getClass().getSimpleName() + ")");
            context.err().flush();
            return ExitCode.FAILED;
        }
        if (!deleted) {
            context.out().println("Not logged in to Cursor.");
        } else {
            context.out().println("Logged out from Cursor (removed " + file + ").");
            context.out().println("Cached exports in " + locations.cursorCache()
                    + " are kept and still read by reports; delete them to leave Cursor out.");
        }
        context.out().flush();
        return ExitCode.OK;
    }
}
