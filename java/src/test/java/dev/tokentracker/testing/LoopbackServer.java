package dev.tokentracker.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on the loopback interface, port 0, for tests of the network code: each path
 * answers with a scripted {@link Responder} (a good answer, an error status, a slow or cut-short
 * body), every request is recorded with its headers, and an unknown path is a 404. No mocks: the
 * code under test talks HTTP over a socket exactly as it does to cursor.com.
 */
public final class LoopbackServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(String method, String pathAndQuery, Map<String, List<String>> headers) {

        /** The first value of a header (names are case-insensitive), or null. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().getFirst();
                }
            }
            return null;
        }
    }

    /** Writes the answer to one exchange. */
    @FunctionalInterface
    public interface Responder {
        void respond(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    public static LoopbackServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackServer loopback = new LoopbackServer(server);
            server.createContext("/", loopback::handle);
            server.setExecutor(loopback.executor);
            server.start();
            return loopback;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers requests for {@code path} (without the query) with {@code responder}. */
    public LoopbackServer on(String path, Responder responder) {
        routes.put(path, responder);
        return this;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(new Request(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query),
                Map.copyOf(exchange.getRequestHeaders())));
        Responder responder = routes.getOrDefault(exchange.getRequestURI().getPath(), text(404, "text/plain", "not found"));
        try {
            responder.respond(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- responders ----------------------------------------------------------------------

    /** A complete answer with this status, content type and body. */
    public static Responder text(int status, String contentType, String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }

    /** A complete answer with this status and these bytes (no content type). */
    public static Responder bytes(int status, byte[] body) {
        return exchange -> {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    public static Responder csv(String body) {
        return text(200, "text/csv; charset=utf-8", body);
    }

    public static Responder json(String body) {
        return text(200, "application/json", body);
    }

    /** Waits before sending anything. */
    public static Responder silentFor(Duration wait) {
        return exchange -> {
            Thread.sleep(wait.toMillis());
            text(200, "text/csv", "Date,Model\n").respond(exchange);
        };
    }

    /** Sends the headers and the first part of the body at once, then the rest after a pause. */
    public static Responder slowBody(String first, Duration pause, String rest) {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(first.getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(pause.toMillis());
            out.write(rest.getBytes(StandardCharsets.UTF_8));
            out.close();
        };
    }

    /**
     * Declares the whole body's length, sends only its first {@code sent} bytes and drops the
     * connection (a handler that throws makes the server close it).
     */
    public static Responder cutShort(String body, int sent) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            OutputStream out = exchange.getResponseBody();
            out.write(bytes, 0, sent);
            out.flush();
            throw new IOException("connection dropped on purpose");
        };
    }

    /** A chunked body (no Content-Length) of {@code size} bytes that starts like an export. */
    public static Responder chunkedExportOf(int size) {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(padded(size));
            }
        };
    }

    /** A body of {@code size} bytes sent with its Content-Length. */
    public static Responder declaredExportOf(int size) {
        return exchange -> {
            byte[] body = padded(size);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    private static byte[] padded(int size) {
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) 'x');
        byte[] start = "Date,Model\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, Math.min(start.length, size));
        return body;
    }
}
