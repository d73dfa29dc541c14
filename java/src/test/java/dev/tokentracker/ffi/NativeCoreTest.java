package dev.tokentracker.ffi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tokentracker.testing.NativeLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading the native library and the boundary's rules: every failure to load becomes a reason
 * (never an exception), an error status becomes a {@link NativeException} with the library's
 * message, and a panic inside the library becomes a status without taking the JVM down.
 */
class NativeCoreTest {

    @TempDir
    Path temp;

    @Test
    void aMissingLibraryIsARecordedReasonNotAnException() {
        NativeCore.Loaded loaded = NativeCore.load(temp.resolve("libnothing.so"));

        assertThat(loaded.core()).isEmpty();
        assertThat(loaded.problem()).contains("libnothing.so");
    }

    @Test
    void aFileThatIsNotALibraryIsRefused() throws IOException {
        Path junk = Files.writeString(temp.resolve("libjunk.so"), "not an ELF file");

        NativeCore.Loaded loaded = NativeCore.load(junk);

        assertThat(loaded.core()).isEmpty();
        assertThat(loaded.problem()).isNotEmpty();
    }

    @Test
    void aLibraryWithAnotherAbiVersionIsRefusedAndSaysBothNumbers() throws Exception {
        Path library = compile("unsigned int tt_abi_version(void) { return 999; }\n");

        NativeCore.Loaded loaded = NativeCore.load(library);

        assertThat(loaded.core()).isEmpty();
        assertThat(loaded.problem()).isEqualTo("native library has ABI version 999, expected " + NativeCore.EXPECTED_ABI);
    }

    @Test
    void aLibraryMissingAnEntryPointIsRefused() throws Exception {
        Path library = compile("unsigned int tt_abi_version(void) { return " + NativeCore.EXPECTED_ABI + "; }\n"
                + "const char *tt_version(void) { return \"fake\"; }\n");

        NativeCore.Loaded loaded = NativeCore.load(library);

        assertThat(loaded.core()).isEmpty();
        assertThat(loaded.problem()).startsWith("native library lacks tt_");
    }

    @Test
    void anUnwritableCacheDirectoryMeansNoNativeEngineAndSaysWhy() throws IOException {
        NativeLibrary.core();
        Path notADirectory = Files.writeString(temp.resolve("cache-is-a-file"), "");

        NativeCore.Loaded loaded = NativeCore.load(Map.of(NativeLibraryFile.CACHE_VARIABLE, notADirectory.toString()));

        assertThat(loaded.core()).isEmpty();
        assertThat(loaded.problem()).contains("cache-is-a-file");
    }

    @Test
    void theBundledLibraryLoadsWithTheExpectedAbiAndVersion() {
        NativeCore core = NativeLibrary.core();

        assertThat(core.version()).startsWith("token-tracker-core/").endsWith("/abi-" + NativeCore.EXPECTED_ABI);
    }

    @Test
    void anErrorStatusBecomesAnExceptionWithTheLibrarysMessage() {
        NativeCore core = NativeLibrary.core();

        assertThatThrownBy(() -> core.parseLocalSources("{\"sources\":".getBytes(StandardCharsets.UTF_8), new byte[0]))
                .isInstanceOf(NativeException.class)
                .hasMessageStartingWith("native bad request: ")
                .satisfies(e -> assertThat(((NativeException) e).status()).isEqualTo(NativeStatus.BAD_REQUEST));
    }

    @Test
    void aPanicBecomesAStatusAndTheLibraryKeepsWorking() throws Exception {
        NativeCore core = NativeLibrary.core();

        assertThatThrownBy(core::testPanic)
                .isInstanceOf(NativeException.class)
                .hasMessageContaining("tt_test_panic was called")
                .satisfies(e -> assertThat(((NativeException) e).status()).isEqualTo(NativeStatus.PANIC));
        assertThatThrownBy(core::testPanic).isInstanceOf(NativeException.class);
        assertThat(core.version()).isNotEmpty();
    }

    /** Builds a tiny shared library with the C compiler (skips where there is none). */
    private Path compile(String source) throws Exception {
        Path c = Files.writeString(temp.resolve("fake.c"), source);
        Path library = temp.resolve("libfake.so");
        Process cc;
        try {
            cc = new ProcessBuilder("cc", "-shared", "-fPIC", "-o", library.toString(), c.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException noCompiler) {
            assumeTrue(false, "no C compiler to build a fake library");
            throw noCompiler;
        }
        assumeTrue(cc.waitFor(60, TimeUnit.SECONDS) && cc.exitValue() == 0, "the C compiler failed");
        return library;
    }
}
