package dev.tokentracker.pricing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads LiteLLM's price table and keeps its chat models ({@link LiteLlmTable}). One deadline
 * covers the whole download, connection to last byte, so a server that answers its headers and
 * then trickles the body cannot hold the run; the body is capped in size. Anything but a 2xx
 * answer carrying a JSON object with at least one chat model is a failure, reported in a few
 * words for the pricing warning.
 */
public final class PriceFetcher {

    /** The fetch deadline of SPEC §5. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** LiteLLM's file is about 1.3 MB; 32 MiB leaves room to grow and stops a runaway answer. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    /** Why a fetch failed, in words fit for the warning ("HTTP 500", "no answer within 5 s"). */
    public static final class FetchFailedException extends Exception {
        public FetchFailedException(String reason) {
            super(reason);
        }
    }

    private final String url;
    private final Duration timeout;
    private final long maxBytes;

    public PriceFetcher(String url, Duration timeout, long maxBytes) {
        this.url = url;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    public Map<String, ModelRates> fetch() throws FetchFailedException {
        byte[] body = download();
        Map<String, ModelRates> rates;
        try {
            rates = LiteLlmTable.parse(new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException e) {
            throw new FetchFailedException("the answer is not a LiteLLM price table");
        }
        if (rates.isEmpty()) {
            throw new FetchFailedException("the answer has no chat model prices");
        }
        return rates;
    }

    private byte[] download() throws FetchFailedException {
        HttpRequest request = request();
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        try {
            CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request,
                    info -> info.statusCode() / 100 == 2
                            ? new CappedBody(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1))
                            : HttpResponse.BodySubscribers.replacing(null));
            HttpResponse<byte[]> response = await(exchange);
            if (response.statusCode() / 100 != 2) {
                throw new FetchFailedException("HTTP " + response.statusCode());
            }
            return response.body();
        } finally {
            client.shutdownNow();
        }
    }

    private HttpRequest request() throws FetchFailedException {
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new FetchFailedException("not an http(s) URL: " + url);
            }
            return HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new FetchFailedException("not an http(s) URL: " + url);
        }
    }

    /** Waits for the whole exchange, body included, at most {@link #timeout}; then gives up on it. */
    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> exchange) throws FetchFailedException {
        try {
            return exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new FetchFailedException("no complete answer within " + seconds(timeout));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchFailedException("interrupted");
        } catch (ExecutionException e) {
            throw new FetchFailedException(describe(e.getCause()));
        }
    }

    private String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLargeException) {
                return "the answer is larger than " + size(maxBytes);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "could not connect within " + seconds(timeout);
            }
            if (t instanceof HttpTimeoutException) {
                // The request's own timeout and the overall deadline in await() are the same 5 s
                // and race each other: whichever fires, the user reads the same words.
                return "no complete answer within " + seconds(timeout);
            }
            if (t instanceof ConnectException) {
                return "could not connect to " + URI.create(url).getAuthority();
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + URI.create(url).getHost();
            }
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String size(long bytes) {
        long mib = 1024 * 1024;
        return bytes % mib == 0 ? bytes / mib + " MiB" : bytes + " bytes";
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
