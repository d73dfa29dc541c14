package dev.tokentracker;

/** The process exit codes, defined once (SPEC §7). */
public final class ExitCode {

    /** The report (or command) completed; degraded branches still count as success. */
    public static final int OK = 0;
    /** The run could not produce a report (local data unreadable, engine unavailable, I/O). */
    public static final int FAILED = 1;
    /** Bad command line: unknown option, malformed date, bad zone. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
