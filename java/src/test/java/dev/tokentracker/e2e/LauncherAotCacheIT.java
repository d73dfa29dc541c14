package dev.tokentracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code bin/token-tracker} and its AOT cache (docs/decisions.md 35): the
 * first run trains a cache in the background, older caches are pruned to the newest three, a
 * cache the JDK cannot use never breaks a run or prints, and {@code TOKEN_TRACKER_AOT=0} keeps
 * the launcher away from the cache folder.
 */
class LauncherAotCacheIT {

    private static final Path LAUNCHER = Path.of("bin/token-tracker").toAbsolutePath();
    private static final Duration TRAINING_LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path home;

    @Test
    void firstRunTrainsACacheInTheBackgroundAndPrunesTheOldOnes() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "AOT caches need JDK 24+ (older JDKs use a CDS archive)");
        Path cacheDir = home.resolve("cache/token-tracker/aot");
        Files.createDirectories(cacheDir);
        List<Path> stale = new ArrayList<>();
        for (int age = 1; age <= 4; age++) {
            Path old = cacheDir.resolve("stale-" + age + ".aot");
            Files.writeString(old, "an old cache");
            Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(age))));
            stale.add(old);
        }

        Launched first = launch(Map.of(), "--version");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("token-tracker "), first.out());

        Path trained = awaitNewCache(cacheDir);
        try (Stream<Path> caches = Files.list(cacheDir)) {
            List<Path> kept = caches.filter(p -> p.toString().endsWith(".aot")).sorted().toList();
            assertEquals(3, kept.size(), "kept: " + kept);
            assertTrue(kept.contains(trained), "kept: " + kept);
            assertTrue(kept.containsAll(List.of(stale.get(0), stale.get(1))), "the newest stale ones stay: " + kept);
        }
        assertFalse(Files.exists(stale.get(3)), "the oldest cache was pruned");

        Launched withCache = launch(Map.of(), "--version");
        assertEquals(first.out(), withCache.out());
        assertEquals("", withCache.err());
    }

    @Test
    void aCacheTheJdkCannotUseChangesNothingInTheOutput() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "AOT caches need JDK 24+");
        Path cacheDir = home.resolve("cache/token-tracker/aot");
        launch(Map.of(), "--version");
        Path trained = awaitNewCache(cacheDir);
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(trained, garbage);

        Path emptyHome = Files.createDirectories(home.resolve("empty"));
        Launched report = launch(Map.of(), "--home", emptyHome.toString(), "--offline", "--json", "--engine", "java");
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().startsWith("{"), "stdout is the JSON report only: " + report.out());
        assertFalse(report.err().toLowerCase().contains("aot"), report.err());
        assertFalse(report.err().toLowerCase().contains("cds"), report.err());
    }

    @Test
    void turnedOffTheLauncherLeavesTheCacheFolderAlone() throws Exception {
        Launched run = launch(Map.of("TOKEN_TRACKER_AOT", "0"), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(home.resolve("cache/token-tracker/aot")));
    }

    private record Launched(int exitCode, String out, String err) {
    }

    private Launched launch(Map<String, String> extraEnv, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(Map.of(
                "PATH", "/usr/bin:/bin",
                "HOME", home.toString(),
                "XDG_CACHE_HOME", home.resolve("cache").toString(),
                "TZ", "UTC",
                "TOKEN_TRACKER_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        builder.environment().putAll(extraEnv);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the launcher finished");
        return new Launched(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The cache the background training writes (its temporary files end in a pid, not .aot). */
    private static Path awaitNewCache(Path cacheDir) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(TRAINING_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(cacheDir)) {
                try (Stream<Path> files = Files.list(cacheDir)) {
                    List<Path> fresh = files
                            .filter(p -> p.getFileName().toString().endsWith(".aot"))
                            .filter(p -> !p.getFileName().toString().startsWith("stale-"))
                            .toList();
                    if (!fresh.isEmpty() && noTrainingLeft(cacheDir)) {
                        return fresh.get(0);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no AOT cache was trained within " + TRAINING_LIMIT + " in " + cacheDir);
    }

    /** The training's leftovers ({@code <cache>.<pid>}, {@code .config}) are gone: it has finished. */
    private static boolean noTrainingLeft(Path cacheDir) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.noneMatch(p -> !p.getFileName().toString().endsWith(".aot"));
        }
    }
}
