package dev.tokentracker.ffi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.testing.NativeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extracting the packed library: under its digest, once, and found again by the digest the
 * build recorded beside it.
 */
class NativeLibraryFileTest {

    private static final String LIBRARY = System.mapLibraryName("token_tracker_core");
    private static final String RESOURCE = "/native/" + NativeLibraryFile.platform() + "/" + LIBRARY;

    @TempDir
    Path cache;

    @Test
    void theBuildRecordsTheDigestAndSizeOfThePackedLibrary() throws Exception {
        NativeLibrary.core();
        byte[] library = packed(RESOURCE);

        String record = new String(packed(RESOURCE + ".sha256"), StandardCharsets.US_ASCII).trim();

        assertThat(record).isEqualTo(sha256(library) + " " + library.length);
    }

    @Test
    void theLibraryIsExtractedUnderItsDigestAndTheCopyIsReused() throws Exception {
        NativeLibrary.core();
        byte[] library = packed(RESOURCE);
        Map<String, String> env = Map.of(NativeLibraryFile.CACHE_VARIABLE, cache.toString());

        Path first = NativeLibraryFile.locate(env);
        long written = Files.getLastModifiedTime(first).toMillis();
        Path second = NativeLibraryFile.locate(env);

        assertThat(first).isEqualTo(cache.resolve(sha256(library).substring(0, 16)).resolve(LIBRARY));
        assertThat(Files.readAllBytes(first)).isEqualTo(library);
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second).toMillis()).isEqualTo(written);
        try (var entries = Files.list(first.getParent())) {
            assertThat(entries).containsExactly(first);
        }
    }

    @Test
    void aTruncatedCopyIsReplacedByTheWholeLibrary() throws Exception {
        NativeLibrary.core();
        byte[] library = packed(RESOURCE);
        Path copy = cache.resolve(sha256(library).substring(0, 16)).resolve(LIBRARY);
        Files.createDirectories(copy.getParent());
        Files.write(copy, new byte[] {1, 2, 3});

        Path located = NativeLibraryFile.locate(Map.of(NativeLibraryFile.CACHE_VARIABLE, cache.toString()));

        assertThat(located).isEqualTo(copy);
        assertThat(Files.readAllBytes(located)).isEqualTo(library);
    }

    private static byte[] packed(String resource) throws IOException {
        try (InputStream in = NativeLibraryFile.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
