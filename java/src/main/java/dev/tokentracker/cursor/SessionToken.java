package dev.tokentracker.cursor;

import java.util.Optional;

/**
 * The value of Cursor's {@code WorkosCursorSessionToken} cookie: the one secret the tool holds.
 *
 * <p>It never reaches output: {@link #toString()} is redacted, no message is ever built from it,
 * and the only code that reads {@link #value()} puts it in the {@code Cookie} request header or in
 * the credentials file. Its characters are limited to what a cookie value may hold (RFC 6265
 * {@code cookie-octet}: printable ASCII except space, {@code "}, {@code ,}, {@code ;} and
 * {@code \}), which is checked here rather than left to the HTTP client, whose own rejection of a
 * bad header value would quote the value in its exception message.
 */
public record SessionToken(String value) {

    /** What a user may paste in front of the value when copying the whole cookie. */
    private static final String COOKIE_PREFIX = "WorkosCursorSessionToken=";

    public SessionToken {
        if (!isCookieValue(value)) {
            throw new IllegalArgumentException("not a cookie value");
        }
    }

    /**
     * The token in what the user typed or pasted: surrounding white space and a leading
     * {@code WorkosCursorSessionToken=} are removed. Empty when nothing is left or when the rest
     * is not a cookie value.
     */
    public static Optional<SessionToken> parse(String typed) {
        String value = typed.strip();
        if (value.startsWith(COOKIE_PREFIX)) {
            value = value.substring(COOKIE_PREFIX.length());
        }
        return isCookieValue(value) ? Optional.of(new SessionToken(value)) : Optional.empty();
    }

    static boolean isCookieValue(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean octet = c > 0x20 && c < 0x7f && c != '"' && c != ',' && c != ';' && c != '\\';
            if (!octet) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "SessionToken[redacted]";
    }
}
