package dev.tokentracker.cursor;

import dev.tokentracker.cursor.CursorApiException.Kind;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * The two calls to cursor.com (SPEC §6, upstream §2.2), both {@code GET} with the session cookie
 * and browser-like headers: the usage summary that validates a session, and the CSV export of
 * every usage event.
 *
 * <p>Every call has a connect timeout and an overall deadline that includes reading the body
 * (the HTTP client's own request timeout stops at the headers), a body cap, and a completeness
 * check ({@link CappedBody}). Redirects are not followed, so the cookie is only ever sent to the
 * configured host. Every failure becomes a {@link CursorApiException} whose message this class
 * writes itself: the HTTP client's exceptions are reduced to their type, never quoted, so no
 * header can leak through them.
 */
public final class CursorApi {

    static final String SUMMARY_PATH = "/api/usage-summary";
    static final String EXPORT_PATH = "/api/dashboard/export-usage-events-csv?strategy=tokens";
    static final String REFERER = "https://www.cursor.com/settings";
    static final String USER_AGENT = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

    private final CursorHttpSettings settings;
    private final Consumer<String> trace;

    /**
     * @param trace receives one line per completed exchange (method, URL, status, size, time) for
     *              {@code --verbose}; never a header
     */
    public CursorApi(CursorHttpSettings settings, Consumer<String> trace) {
        this.settings = settings;
        this.trace = trace;
    }

    public CursorApi(CursorHttpSettings settings) {
        this(settings, line -> { });
    }

    /** Checks a session: valid when Cursor answers its usage summary with a billing cycle. */
    public UsageSummary usageSummary(SessionToken token) throws CursorApiException {
        return UsageSummary.parse(get(SUMMARY_PATH, token));
    }

    /** The usage export as sent (the caller checks that it is a CSV export). */
    public byte[] exportCsv(SessionToken token) throws CursorApiException {
        return get(EXPORT_PATH, token);
    }

    private byte[] get(String path, SessionToken token) throws CursorApiException {
        URI uri = settings.uri(path).orElseThrow(() -> new CursorApiException(Kind.CONFIGURATION,
                "the Cursor URL '" + settings.baseUrl() + "' is not an absolute http(s) URL"));
        String host = CursorHttpSettings.hostOf(uri);
        HttpRequest request = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.totalTimeout())
                .header("Accept", "*/*")
                .header("Accept-Language", "en-US,en;q=0.9")
                .header("Cookie", "WorkosCursorSessionToken=" + token.value())
                .header("Referer", REFERER)
                .header("User-Agent", USER_AGENT)
                .build();
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        AtomicBoolean answered = new AtomicBoolean();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> {
            answered.set(true);
            return info.statusCode() / 100 == 2
                    ? new CappedBody(settings.maxBodyBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1))
                    : HttpResponse.BodySubscribers.replacing(new byte[0]);
        });
        try {
            HttpResponse<byte[]> response = exchange.get(settings.totalTimeout().toNanos(), TimeUnit.NANOSECONDS);
            trace.accept("GET " + uri + ": HTTP " + response.statusCode() + ", " + response.body().length
                    + " bytes, " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
            return checkStatus(response, host);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new CursorApiException(Kind.TIMEOUT, "no complete answer from " + host + " within "
                    + seconds(settings.totalTimeout()));
        } catch (ExecutionException e) {
            throw failure(e.getCause(), host, answered.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            throw new CursorApiException(Kind.NETWORK, "interrupted while talking to " + host);
        } finally {
            client.shutdownNow();
        }
    }

    private static byte[] checkStatus(HttpResponse<byte[]> response, String host) throws CursorApiException {
        int status = response.statusCode();
        if (status / 100 == 2) {
            return response.body();
        }
        if (status == 401 || status == 403) {
            throw new CursorApiException(Kind.UNAUTHORIZED, host + " rejected the session (HTTP " + status
                    + "): it has expired or was revoked");
        }
        if (status / 100 == 3) {
            throw new CursorApiException(Kind.HTTP_STATUS, host + " answered with a redirect (HTTP " + status
                    + "), which is not followed");
        }
        throw new CursorApiException(Kind.HTTP_STATUS, host + " answered HTTP " + status);
    }

    /** Names what went wrong from the exception's type alone (its message could quote a header). */
    private CursorApiException failure(Throwable cause, String host, boolean answered) {
        if (has(cause, CappedBody.TooLarge.class)) {
            return new CursorApiException(Kind.TOO_LARGE, "the answer from " + host + " is larger than "
                    + settings.maxBodyBytes() / (1024 * 1024) + " MiB");
        }
        CappedBody.Truncated truncated = find(cause, CappedBody.Truncated.class);
        if (truncated != null) {
            return new CursorApiException(Kind.TRUNCATED, "the download from " + host + " was cut short ("
                    + truncated.getMessage() + ")");
        }
        if (has(cause, HttpConnectTimeoutException.class)) {
            return new CursorApiException(Kind.TIMEOUT, "could not connect to " + host + " within "
                    + seconds(settings.connectTimeout()));
        }
        if (has(cause, HttpTimeoutException.class)) {
            return new CursorApiException(Kind.TIMEOUT, "no complete answer from " + host + " within "
                    + seconds(settings.totalTimeout()));
        }
        String type = innermost(cause).getClass().getSimpleName();
        if (answered) {
            return new CursorApiException(Kind.TRUNCATED, "the download from " + host
                    + " was cut short (the connection broke: " + type + ")");
        }
        if (has(cause, UnknownHostException.class) || has(cause, UnresolvedAddressException.class)) {
            return new CursorApiException(Kind.NETWORK, "could not resolve " + host);
        }
        if (has(cause, ConnectException.class)) {
            return new CursorApiException(Kind.NETWORK, "could not connect to " + host);
        }
        if (has(cause, SSLException.class)) {
            return new CursorApiException(Kind.NETWORK, "the secure connection to " + host + " failed (" + type + ")");
        }
        return new CursorApiException(Kind.NETWORK, "the connection to " + host + " failed (" + type + ")");
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        return find(t, type) != null;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static Throwable innermost(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
