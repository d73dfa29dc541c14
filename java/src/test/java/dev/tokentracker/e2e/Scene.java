package dev.tokentracker.e2e;

import dev.tokentracker.cursor.CursorCredentials;
import dev.tokentracker.cursor.SessionToken;
import dev.tokentracker.testing.LoopbackServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The world of one end-to-end case: a scratch {@code $HOME}, a token-tracker home of its own
 * ({@code TOKEN_TRACKER_HOME}: the Cursor login and export cache), and stand-ins for Cursor and
 * LiteLLM on loopback. By default prices come from a fresh cache (no fetch) and Cursor is not
 * logged in; a case changes what it is about.
 */
final class Scene implements AutoCloseable {

    /** A session token of the right shape; the tests check it is never printed. */
    static final String TOKEN = "user_01E2E000000000000000000000%3A%3AeyJhbGciOiJIUzI1NiJ9.e2e.c2lnbmF0dXJl";
    static final String EXPORT_PATH = "/api/dashboard/export-usage-events-csv";

    /** An export an earlier sync saved: one row of a model no other source uses. */
    static final String CACHED_EXPORT = CorpusWriter.CURSOR_HEADER
            + "\"2026-02-01T10:00:00.000Z\",\"Included\",\"cached-cursor-model\",\"No\",\"10\",\"20\",\"30\",\"40\",\"100\",\"0.05\"\n";
    /** What the stand-in Cursor serves when the sync succeeds. */
    static final String FRESH_EXPORT = CorpusWriter.CURSOR_HEADER
            + "\"2026-02-02T10:00:00.000Z\",\"Included\",\"fresh-cursor-model\",\"No\",\"100\",\"200\",\"300\",\"400\",\"1000\",\"0.10\"\n";

    final Path scratch;
    final Path trackerHome;
    final LoopbackServer cursor = LoopbackServer.start();
    final LoopbackServer litellm = LoopbackServer.start();
    private final Map<String, String> env = new LinkedHashMap<>();
    final Invocations log;

    Scene(String name, Invocations log) {
        this.log = log;
        scratch = E2e.scratch(name);
        trackerHome = scratch.resolve("tracker");
        env.putAll(E2e.offlineEnv(scratch));
        env.put("TOKEN_TRACKER_HOME", trackerHome.toString());
        env.put("TOKEN_TRACKER_CURSOR_URL", cursor.baseUrl());
    }

    /** Prices are fetched from the stand-in LiteLLM: an empty price cache of this case's own. */
    Scene pricesFromNetwork() {
        env.put("XDG_CACHE_HOME", scratch.resolve("cache").toString());
        env.put("TOKEN_TRACKER_PRICING_URL", litellm.baseUrl() + E2e.PRICES_PATH);
        return this;
    }

    /** The price cache file of {@link #pricesFromNetwork}. */
    Path priceCacheFile() {
        return scratch.resolve("cache/token-tracker/pricing.json");
    }

    Scene loggedIn() {
        try {
            CursorCredentials.save(trackerHome.resolve(CursorCredentials.FILE_NAME), new SessionToken(TOKEN), Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path cursorCache() {
        return trackerHome.resolve("cursor-cache");
    }

    /** An export saved by an earlier sync, three hours ago. */
    Scene cachedExport() {
        return export("usage.csv", CACHED_EXPORT, Duration.ofHours(3));
    }

    Scene export(String name, String text, Duration age) {
        try {
            Path file = cursorCache().resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Scene env(String name, String value) {
        env.put(name, value);
        return this;
    }

    PackagedJar.Run run(String... args) {
        return new PackagedJar.Run(log).env(env).args(args);
    }

    @Override
    public void close() {
        cursor.close();
        litellm.close();
    }
}
