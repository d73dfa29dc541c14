package dev.tokentracker.cursor;

import dev.tokentracker.source.Environment;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and how the Cursor API is called (SPEC §6): the base URL ({@code https://cursor.com},
 * or {@code TOKEN_TRACKER_CURSOR_URL} for tests), the connect timeout, the overall deadline of
 * one request (headers and body), and the largest body accepted.
 *
 * @param baseUrl        the base URL as given; checked when a request is made, so that a bad
 *                       override degrades the Cursor branch instead of failing every report
 * @param connectTimeout how long to wait for the TCP/TLS connection
 * @param totalTimeout   how long the whole request may take, body included
 * @param maxBodyBytes   the largest body read; a larger one is a failed download
 */
public record CursorHttpSettings(String baseUrl, Duration connectTimeout, Duration totalTimeout, long maxBodyBytes) {

    public static final String DEFAULT_BASE_URL = "https://cursor.com";
    public static final String BASE_URL_VARIABLE = "TOKEN_TRACKER_CURSOR_URL";
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(20);
    public static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    /** The defaults, with the base URL from {@code TOKEN_TRACKER_CURSOR_URL} when it is set. */
    public static CursorHttpSettings of(Environment env) {
        return new CursorHttpSettings(env.variable(BASE_URL_VARIABLE).orElse(DEFAULT_BASE_URL),
                CONNECT_TIMEOUT, TOTAL_TIMEOUT, MAX_BODY_BYTES);
    }

    /** The absolute URI of an API path, or empty when the base URL is not an absolute http(s) URL. */
    Optional<URI> uri(String pathAndQuery) {
        String base = baseUrl;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            URI uri = new URI(base + pathAndQuery);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** "cursor.com" or "127.0.0.1:8080": how messages name the server. */
    static String hostOf(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
