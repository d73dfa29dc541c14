package dev.tokentracker.ffi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the native library file to load: an explicit path ({@code -Dtokentracker.native.library}),
 * else the copy bundled in the jar under {@code native/<os>-<arch>/}, extracted into a cache
 * directory named after the library's SHA-256 (so a new build never meets a stale copy) with a
 * temp file and an atomic rename (so two runs extracting at once never see half a file).
 */
final class NativeLibraryFile {

    static final String PATH_PROPERTY = "tokentracker.native.library";
    static final String CACHE_VARIABLE = "TOKEN_TRACKER_NATIVE_CACHE";

    private NativeLibraryFile() {
    }

    /** The library to load; throws with a message that says why there is none. */
    static Path locate(Map<String, String> env) throws IOException {
        String explicit = System.getProperty(PATH_PROPERTY);
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        String resource = "/native/" + platform() + "/" + System.mapLibraryName("token_tracker_core");
        byte[] bytes;
        try (InputStream in = NativeLibraryFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no native library for " + platform() + " in this jar");
            }
            bytes = in.readAllBytes();
        }
        Path dir = cacheRoot(env).resolve(sha256(bytes).substring(0, 16));
        Path file = dir.resolve(System.mapLibraryName("token_tracker_core"));
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length) {
            return file;
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".lib", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return file;
    }

    /** {@code linux-x86_64}, {@code macos-aarch64}, {@code windows-x86_64}, … */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("win") ? "windows" : os.contains("mac") ? "macos" : "linux";
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
        return osName + "-" + archName;
    }

    private static Path cacheRoot(Map<String, String> env) {
        String explicit = env.get(CACHE_VARIABLE);
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("token-tracker").resolve("native");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
