package dev.tokentracker.cli;

import dev.tokentracker.ExitCode;
import dev.tokentracker.cursor.CursorApiException;
import dev.tokentracker.cursor.CursorCredentials;
import dev.tokentracker.cursor.SessionToken;
import dev.tokentracker.cursor.UsageSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cursor login}: reads the session cookie's value (never echoed), checks it with Cursor,
 * and only then saves it, replacing an earlier login. A token that Cursor rejects, or that
 * cannot be checked, is not saved (exit 1).
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {
            "Log in to Cursor with your session cookie.",
            "",
            "Paste the value of the WorkosCursorSessionToken cookie (cursor.com/settings, browser developer tools); "
                    + "it is not shown. The token is checked with Cursor, then saved, readable only by you, in "
                    + "~/.token-tracker/cursor-credentials.json, replacing an earlier login."})
final class CursorLoginCommand extends CursorSubcommand {

    @Option(names = "--token-stdin", description = "Read the token from the first line of standard input instead of prompting.")
    boolean tokenStdin;

    @Override
    public Integer call() {
        Path file = CursorCredentials.file(locations());
        String typed;
        try {
            typed = TokenInput.read(context, tokenStdin);
        } catch (IOException e) {
            return fail("could not read the token: " + e.getMessage());
        }
        if (typed.isBlank()) {
            return fail("No token provided.");
        }
        Optional<SessionToken> token = SessionToken.parse(typed);
        if (token.isEmpty()) {
            return fail("That is not a cookie value: a WorkosCursorSessionToken value has no spaces, quotes,"
                    + " commas, semicolons or backslashes. Nothing was saved.");
        }
        UsageSummary summary;
        try {
            summary = api().usageSummary(token.get());
        } catch (CursorApiException e) {
            boolean rejected = e.kind() == CursorApiException.Kind.UNAUTHORIZED
                    || e.kind() == CursorApiException.Kind.BAD_BODY;
            return fail((rejected ? "Invalid token: " : "Could not check the token: ") + e.getMessage()
                    + ". Nothing was saved.");
        }
        boolean replacing = CursorCredentials.load(file).state() != CursorCredentials.State.MISSING;
        try {
            CursorCredentials.save(file, token.get(), context.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        } catch (IOException e) {
            return fail("could not save the login in " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        context.out().println("Logged in to Cursor" + summary.membershipType().map(m -> " (membership: " + m + ")").orElse("") + ".");
        if (replacing) {
            context.out().println("The previous login was replaced.");
        }
        context.out().println("Credentials: " + file);
        context.out().println("Your Cursor usage is now downloaded and included on every report run.");
        context.out().flush();
        return ExitCode.OK;
    }

    private int fail(String message) {
        context.err().println("error: " + message);
        context.err().flush();
        return ExitCode.FAILED;
    }
}
