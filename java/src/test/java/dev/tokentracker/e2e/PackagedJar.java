package dev.tokentracker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code target/token-tracker.jar}, run as a child {@code java} process of the JDK
 * running the tests, the way the launcher runs it. The child sees only the environment a test
 * gives it (plus a private native-library cache), never the real user's home or caches.
 */
final class PackagedJar {

    /** Where failsafe says the jar is; a run from an IDE falls back to the usual place. */
    static final Path JAR = Path.of(System.getProperty("tokentracker.jar", "target/token-tracker.jar")).toAbsolutePath();

    /** The native library is unpacked here once, shared by every child (the unpacking is atomic). */
    static final Path NATIVE_CACHE = Path.of(System.getProperty("tokentracker.e2e.dir", "target/e2e")).toAbsolutePath()
            .resolve("native-cache");

    /** No run may hang the suite: the slowest scripted case (a 20 s Cursor timeout) fits well within. */
    private static final Duration HARD_LIMIT = Duration.ofSeconds(90);

    private PackagedJar() {
    }

    /** What one run printed and returned. */
    record Result(List<String> args, int exitCode, String out, String err, Duration elapsed) {

        /** The command line, for assertion messages. */
        String command() {
            return "token-tracker " + String.join(" ", args) + "\nexit " + exitCode + "\n--- stderr\n" + err;
        }
    }

    /** A run being set up: arguments, environment, stdin, extra JVM options. */
    static final class Run {
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> prefix = new ArrayList<>();
        private String stdin = "";
        private final Invocations log;

        Run(Invocations log) {
            this.log = log;
        }

        Run args(String... values) {
            args.addAll(List.of(values));
            return this;
        }

        Run args(List<String> values) {
            args.addAll(values);
            return this;
        }

        Run env(String name, String value) {
            env.put(name, value);
            return this;
        }

        Run env(Map<String, String> values) {
            env.putAll(values);
            return this;
        }

        Run stdin(String text) {
            stdin = text;
            return this;
        }

        /** A {@code -D…} or other option for the child JVM. */
        Run jvm(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** A command the java process is run under ({@code setpriv …}). */
        Run under(List<String> command) {
            prefix.addAll(command);
            return this;
        }

        Result go() {
            log.record(args);
            List<String> command = new ArrayList<>(prefix);
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // The launcher's options (bin/token-tracker): a report run is short, these start fastest.
            command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "--enable-native-access=ALL-UNNAMED"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", JAR.toString()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().clear();
            builder.environment().put("TZ", "UTC");
            builder.environment().put("LANG", "C.UTF-8");
            builder.environment().put("TOKEN_TRACKER_NATIVE_CACHE", NATIVE_CACHE.toString());
            builder.environment().putAll(env);
            long start = System.nanoTime();
            try {
                Process process = builder.start();
                CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
                CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
                try (var in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
                if (!process.waitFor(HARD_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("token-tracker " + args + " did not finish within " + HARD_LIMIT);
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                return new Result(List.copyOf(args), process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                        new String(err.join(), StandardCharsets.UTF_8), elapsed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails early, with the fix, when the suite runs before {@code package}. */
    static void requireBuilt() {
        if (!Files.isRegularFile(JAR)) {
            throw new AssertionError("no " + JAR + ": the end-to-end suite runs the packaged jar (mvn verify, or package first)");
        }
    }
}
