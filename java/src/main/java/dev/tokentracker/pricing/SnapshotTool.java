package dev.tokentracker.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Makes the bundled price snapshot from LiteLLM's JSON (a URL or a local copy). Run through
 * {@code scripts/update-pricing-snapshot.sh}; not part of the CLI.
 *
 * <p>Usage: {@code SnapshotTool <url-or-file> <output> [source-date YYYY-MM-DD]}. Without a date,
 * a file's modification date or today (for a URL) is used.
 */
public final class SnapshotTool {

    private SnapshotTool() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SnapshotTool <url-or-file> <output.json> [YYYY-MM-DD]");
            System.exit(2);
        }
        String source = args[0];
        Path output = Path.of(args[1]);
        boolean isUrl = source.startsWith("http://") || source.startsWith("https://");
        Map<String, ModelRates> rates;
        LocalDate date;
        if (isUrl) {
            try (InputStream in = fetch(source)) {
                rates = LiteLlmTable.parse(in);
            }
            date = LocalDate.now(ZoneOffset.UTC);
        } else {
            Path file = Path.of(source);
            try (InputStream in = Files.newInputStream(file)) {
                rates = LiteLlmTable.parse(in);
            }
            date = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        }
        if (args.length == 3) {
            date = LocalDate.parse(args[2]);
        }
        Path temp = Files.createTempFile(output.toAbsolutePath().getParent(), "snapshot", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            PriceSnapshot.write(rates, isUrl ? source : "LiteLLM model_prices_and_context_window.json (local copy)", date, out);
        }
        Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("wrote " + rates.size() + " chat models (LiteLLM data of " + date + ") to " + output);
    }

    private static InputStream fetch(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + url);
        }
        return response.body();
    }
}
