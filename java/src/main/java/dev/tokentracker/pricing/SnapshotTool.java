package dev.tokentracker.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Makes the bundled price snapshot from LiteLLM's JSON (a URL or a local copy), with the same
 * rules ({@link LiteLlmTable}) that read a fetched table. Run through
 * {@code scripts/update-pricing-snapshot.sh}; not part of the CLI.
 *
 * <p>Usage: {@code SnapshotTool <url-or-file> <output> [source-date YYYY-MM-DD]}. Without a date,
 * a file's modification date or today (for a URL) is used.
 */
public final class SnapshotTool {

    private SnapshotTool() {
    }

    public static void main(String[] args) throws IOException, PriceFetcher.FetchFailedException {
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
            rates = new PriceFetcher(source, Duration.ofSeconds(60), PriceFetcher.MAX_BYTES).fetch();
            date = LocalDate.now(ZoneOffset.UTC);
        } else {
            Path file = Path.of(source);
            rates = readFile(file);
            date = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        }
        if (args.length == 3) {
            date = LocalDate.parse(args[2]);
        }
        write(rates, isUrl ? source : "LiteLLM model_prices_and_context_window.json (local copy)", date, output);
        System.err.println("wrote " + rates.size() + " chat models (LiteLLM data of " + date + ") to " + output);
    }

    /** The chat models of a local copy of LiteLLM's file. */
    static Map<String, ModelRates> readFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return LiteLlmTable.parse(in);
        }
    }

    /** Writes the snapshot atomically, so a failed run leaves the previous one in place. */
    static void write(Map<String, ModelRates> rates, String source, LocalDate date, Path output) throws IOException {
        Path temp = Files.createTempFile(output.toAbsolutePath().getParent(), "snapshot", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                PriceSnapshot.write(rates, source, date, out);
            }
            Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
