package dev.tokentracker.cursor;

/**
 * A Cursor API call that did not give a usable answer. The message is always written by this
 * package, never copied from an underlying exception, so it cannot carry a request header (the
 * session cookie); there is no cause for the same reason. It says what happened in words a user
 * can act on ("Cursor answered HTTP 503", "no complete answer from cursor.com within 20 s").
 */
public final class CursorApiException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, for the caller's choice of advice. */
    public enum Kind {
        /** 401/403: the session expired or was revoked; the user must log in again. */
        UNAUTHORIZED,
        /** Another non-2xx status, including redirects (never followed: the cookie stays home). */
        HTTP_STATUS,
        /** No connection, a reset before the answer, a TLS failure. */
        NETWORK,
        /** The connect timeout or the overall deadline passed. */
        TIMEOUT,
        /** The body is larger than the cap. */
        TOO_LARGE,
        /** The body ended before its declared length, or the connection broke while reading it. */
        TRUNCATED,
        /** A complete answer that is not what was asked for (HTML, not a CSV export, not JSON). */
        BAD_BODY,
        /** The base URL or the request cannot be used at all. */
        CONFIGURATION
    }

    private final Kind kind;

    public CursorApiException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
