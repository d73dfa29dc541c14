package dev.tokentracker.cursor;

import dev.tokentracker.source.Environment;
import dev.tokentracker.source.SourceLocations;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Cursor branch of phase 1 (SPEC §1, §6, §8): brings the CSV cache up to date when it can,
 * and tells phase 2 where the cache is and what the user should know about it.
 *
 * <p>A sync runs only when Cursor is selected, the run is not {@code --offline}, and a login is
 * saved. Whatever happens, phase 2 then reads whatever exports the cache folder holds, so a
 * failed sync degrades to the last good one: one warning says what went wrong and how old the
 * cached data is (or that there is none), and for a rejected session (401/403) how to log in
 * again. Not being logged in is not worth a warning: Cursor is simply absent unless exports were
 * put in the folder by hand.
 */
public final class CursorBranch {

    /**
     * What the branch needs besides the run's flags.
     *
     * @param http     where and how to call Cursor
     * @param clock    the time against which the cache's age is told
     * @param observer receives the outcome once the branch has settled (for {@code --verbose},
     *                 which is printed after the report)
     */
    public record Settings(CursorHttpSettings http, Clock clock, Consumer<Outcome> observer) {

        /** The real endpoints, the system clock, nobody listening. */
        public static Settings defaults(Environment env) {
            return new Settings(CursorHttpSettings.of(env), Clock.systemUTC(), outcome -> { });
        }
    }

    /**
     * @param selected whether the report includes Cursor
     * @param offline  {@code --offline}: no network at all
     */
    public record Request(boolean selected, boolean offline, SourceLocations locations, Settings settings) {
    }

    /**
     * Where phase 2 finds the CSVs, and what the user should know about them.
     *
     * @param warnings at most one, printed before the report
     * @param syncNote whether a sync happened and what it gave, for {@code --verbose}
     */
    public record Outcome(Path cacheDir, List<String> warnings, String syncNote) {
        public Outcome {
            warnings = List.copyOf(warnings);
        }
    }

    private CursorBranch() {
    }

    public static Outcome prepare(Request request) {
        Outcome outcome = decide(request);
        request.settings().observer().accept(outcome);
        return outcome;
    }

    private static Outcome decide(Request request) {
        Path cache = request.locations().cursorCache();
        Instant now = request.settings().clock().instant();
        if (!request.selected()) {
            return new Outcome(cache, List.of(), "not attempted (Cursor is not selected)");
        }
        if (request.offline()) {
            return new Outcome(cache, List.of(), "not attempted (--offline)" + cacheNote(cache, now));
        }
        Path file = CursorCredentials.file(request.locations());
        CursorCredentials.Loaded login = CursorCredentials.load(file);
        return switch (login.state()) {
            case MISSING -> new Outcome(cache, List.of(), "not attempted (not logged in)" + cacheNote(cache, now));
            case UNREADABLE -> degraded(cache, now, "the Cursor credentials file " + file
                    + " cannot be read, so Cursor was not synced; run `token-tracker cursor login` to log in again",
                    "not attempted: the credentials file cannot be read");
            case PRESENT -> sync(request, login.token().orElseThrow(), cache);
        };
    }

    private static Outcome sync(Request request, SessionToken token, Path cache) {
        CursorApi api = new CursorApi(request.settings().http());
        long start = System.nanoTime();
        try {
            CursorSync.Synced synced = CursorSync.run(api, token, cache);
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            return new Outcome(cache, List.of(), "fetched " + synced.rows() + (synced.rows() == 1 ? " row" : " rows")
                    + " (" + synced.bytes() + " bytes) in " + ms + " ms into " + cache.resolve(CursorSync.CACHE_FILE));
        } catch (CursorApiException e) {
            String advice = e.kind() == CursorApiException.Kind.UNAUTHORIZED
                    ? "; run `token-tracker cursor login` to log in again" : "";
            return failed(request, cache, e.getMessage() + advice);
        } catch (IOException e) {
            return failed(request, cache, "the export could not be saved in " + cache + " (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            // Not expected; named by type only, since its message is not ours to vouch for.
            return failed(request, cache, "unexpected " + e.getClass().getSimpleName());
        }
    }

    private static Outcome failed(Request request, Path cache, String reason) {
        return degraded(cache, request.settings().clock().instant(), "Cursor sync failed: " + reason, "failed");
    }

    /**
     * A sync that did not happen or did not succeed: the cache as it is, and one warning that
     * ends with what the report uses instead.
     */
    private static Outcome degraded(Path cache, Instant now, String what, String note) {
        Optional<Instant> newest = CursorCache.newestExport(cache);
        String fallback = newest
                .map(saved -> "using the cached Cursor export (" + CursorCache.describe(saved, now) + ")")
                .orElse("no Cursor data in this report");
        return new Outcome(cache, List.of(what + "; " + fallback), note + " (see the warning above)");
    }

    private static String cacheNote(Path cache, Instant now) {
        return CursorCache.newestExport(cache)
                .map(saved -> "; reading the cached export (" + CursorCache.describe(saved, now) + ")")
                .orElse("; no cached export");
    }
}
