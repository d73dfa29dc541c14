package dev.tokentracker.ffi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>The build packs the library's digest and size beside it ({@code <library>.sha256}, written by
 * build-native.sh), so that a run whose copy is already extracted finds it without inflating and
 * hashing a megabyte first. The record is trusted only when its size is the packed library's
 * size; otherwise, or without it, the digest is computed as before. A folder only ever receives
 * bytes whose computed digest is its name, so a found copy is the library the record names.
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
        URL packed = NativeLibraryFile.class.getResource(resource);
        if (packed == null) {
            throw new IOException("no native library for " + platform() + " in this jar");
        }
        Path root = cacheRoot(env);
        PackedDigest record = PackedDigest.read(resource + ".sha256");
        if (record != null && record.size() == packedSize(packed)) {
            Path file = extracted(root, record.digest());
            if (Files.isRegularFile(file) && Files.size(file) == record.size()) {
                return file;
            }
        }
        byte[] bytes;
        try (InputStream in = packed.openStream()) {
            bytes = in.readAllBytes();
        }
        Path file = extracted(root, sha256(bytes));
        Path dir = file.getParent();
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

    /** Where the library with this digest is extracted. */
    private static Path extracted(Path cacheRoot, String digest) {
        return cacheRoot.resolve(digest.substring(0, 16)).resolve(System.mapLibraryName("token_tracker_core"));
    }

    /** The packed library's size as its jar entry (or file) declares it; -1 when unknown. */
    private static long packedSize(URL packed) {
        try {
            URLConnection connection = packed.openConnection();
            connection.setUseCaches(true);
            return connection.getContentLengthLong();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The digest and size the build recorded for the packed library ("<sha-256 hex> <size>"). */
    private record PackedDigest(String digest, long size) {

        /** The record at this resource; null when it is missing or unreadable. */
        static PackedDigest read(String resource) {
            try (InputStream in = NativeLibraryFile.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return null;
                }
                String[] fields = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim().split(" ");
                if (fields.length != 2 || fields[0].length() != 64 || !fields[0].chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    return null;
                }
                return new PackedDigest(fields[0], Long.parseLong(fields[1]));
            } catch (IOException | NumberFormatException e) {
                return null;
            }
        }
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
