package dev.tokentracker.cli;

import dev.tokentracker.ExitCode;
import dev.tokentracker.cursor.CursorApiException;
import dev.tokentracker.cursor.CursorCache;
import dev.tokentracker.cursor.CursorCredentials;
import dev.tokentracker.cursor.UsageSummary;
import dev.tokentracker.source.SourceLocations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cursor status}: the saved login, whether Cursor still accepts it, and what the cached
 * export holds. Exit 0 only when a login is saved and was confirmed (or not checked because of
 * {@code --offline}); 1 otherwise, so scripts can test it.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the Cursor login, whether Cursor accepts it, and the cached export.", "",
            "Exit status 0 when the login is valid (or not checked, with --offline), 1 otherwise."})
final class CursorStatusCommand extends CursorSubcommand {

    @Option(names = "--offline", description = "Do not contact Cursor; show only what is saved.")
    boolean offline;

    @Override
    public Integer call() {
        SourceLocations locations = locations();
        Path file = CursorCredentials.file(locations);
        CursorCredentials.Loaded login = CursorCredentials.load(file);
        PrintWriter out = context.out();
        int code = switch (login.state()) {
            case MISSING -> {
                out.println("Not logged in to Cursor. Run 'token-tracker cursor login' to include your Cursor usage.");
                yield ExitCode.FAILED;
            }
            case UNREADABLE -> {
                out.println("Not logged in to Cursor: the credentials file cannot be read (it is not JSON with a"
                        + " sessionToken). Run 'token-tracker cursor login' to replace it.");
                yield ExitCode.FAILED;
            }
            case PRESENT -> {
                out.println("Logged in to Cursor" + login.createdAt().map(t -> " since " + t).orElse("") + ".");
                yield session(login);
            }
        };
        if (login.state() != CursorCredentials.State.MISSING) {
            out.println("Credentials: " + file);
            CursorCredentials.permissionProblem(file).ifPresent(p -> context.err().println("warning: " + file + ": " + p));
        }
        cache(locations.cursorCache());
        out.flush();
        context.err().flush();
        return code;
    }

    private int session(CursorCredentials.Loaded login) {
        if (offline) {
            context.out().println("Session: not checked (--offline).");
            return ExitCode.OK;
        }
        try {
            UsageSummary summary = api().usageSummary(login.token().orElseThrow());
            context.out().println("Session: valid" + summary.membershipType().map(m -> ", membership: " + m).orElse("") + ".");
            return ExitCode.OK;
        } catch (CursorApiException e) {
            boolean rejected = e.kind() == CursorApiException.Kind.UNAUTHORIZED
                    || e.kind() == CursorApiException.Kind.BAD_BODY;
            context.out().println(rejected
                    ? "Session: invalid (" + e.getMessage() + "). Run 'token-tracker cursor login' to log in again."
                    : "Session: could not be checked (" + e.getMessage() + ").");
            return ExitCode.FAILED;
        }
    }

    private void cache(Path cacheDir) {
        Optional<CursorCache.SyncedExport> export = CursorCache.syncedExport(cacheDir);
        if (export.isEmpty()) {
            context.out().println("Cached export: none yet (" + cacheDir + ").");
            return;
        }
        CursorCache.SyncedExport e = export.get();
        Instant now = context.clock().instant();
        context.out().println("Cached export: " + e.file() + ", " + e.rows() + (e.rows() == 1 ? " row" : " rows")
                + (e.malformed() > 0 ? " (" + e.malformed() + " malformed)" : "") + ", "
                + CursorCache.describe(e.savedAt(), now) + ".");
    }
}
