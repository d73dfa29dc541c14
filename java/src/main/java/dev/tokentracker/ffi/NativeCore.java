package dev.tokentracker.ffi;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The native core's C ABI ({@code native/include/token_tracker.h}), bound by hand with the
 * Foreign Function & Memory API. The only class in the project that touches
 * {@code java.lang.foreign}.
 *
 * <p>Rules kept here, once: inputs are copied into a confined arena that lives for one call;
 * every {@code tt_buf} the library fills is copied out and handed back to {@code tt_buf_free}
 * exactly once, in a {@code finally}; no {@link MemorySegment} outlives the call; a handle is
 * released through {@link Local#close()}, once.
 *
 * <p>Restricted FFM methods (library lookup, downcall binding, reinterpreting returned pointers)
 * are allowed here and nowhere else, hence the class-wide suppression.
 */
@SuppressWarnings("restricted")
public final class NativeCore {

    /** The ABI version this build of the Java side speaks. */
    public static final int EXPECTED_ABI = 1;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout BUF = MemoryLayout.structLayout(
            ValueLayout.ADDRESS.withName("ptr"), ValueLayout.JAVA_LONG.withName("len"));
    private static final VarHandle BUF_PTR = BUF.varHandle(MemoryLayout.PathElement.groupElement("ptr"));
    private static final VarHandle BUF_LEN = BUF.varHandle(MemoryLayout.PathElement.groupElement("len"));
    private static final FunctionDescriptor FINALIZE = FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS);

    /** The four finalize entry points, one per report kind. */
    public enum Report {
        MODELS("tt_finalize_report"),
        MONTHLY("tt_finalize_monthly_report"),
        DAILY("tt_finalize_daily_report"),
        GRAPH("tt_finalize_graph");

        private final String symbol;

        Report(String symbol) {
            this.symbol = symbol;
        }
    }

    /** The outcome of loading: the core, or why there is none (for --verbose/--benchmark). */
    public record Loaded(Optional<NativeCore> core, String problem) {
    }

    private final String version;
    private final MethodHandle parse;
    private final Downcall[] finalizers;
    private final Downcall dump;
    private final MethodHandle release;
    private final MethodHandle bufFree;
    private final Downcall testPanic;

    private NativeCore(SymbolLookup lookup) throws Throwable {
        MethodHandle abi = bind(lookup, "tt_abi_version", FunctionDescriptor.of(ValueLayout.JAVA_INT));
        int found = (int) abi.invokeExact();
        if (found != EXPECTED_ABI) {
            throw new IllegalStateException("native library has ABI version " + found + ", expected " + EXPECTED_ABI);
        }
        MethodHandle versionHandle = bind(lookup, "tt_version", FunctionDescriptor.of(ValueLayout.ADDRESS));
        MemorySegment text = (MemorySegment) versionHandle.invokeExact();
        this.version = text.reinterpret(256).getString(0, StandardCharsets.UTF_8);
        this.parse = bind(lookup, "tt_parse_local_sources", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        this.finalizers = new Downcall[Report.values().length];
        for (Report report : Report.values()) {
            finalizers[report.ordinal()] = new Downcall(find(lookup, report.symbol), FINALIZE);
        }
        this.dump = new Downcall(find(lookup, "tt_local_dump"), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        this.release = bind(lookup, "tt_local_release", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        this.bufFree = bind(lookup, "tt_buf_free", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        this.testPanic = new Downcall(find(lookup, "tt_test_panic"), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    }

    /**
     * Loads the library (bundled in the jar, or {@code -Dtokentracker.native.library}). Never
     * throws: any failure — no library for this platform, an unwritable cache directory, native
     * access not enabled, a missing symbol, a wrong ABI version — becomes the recorded problem.
     */
    public static Loaded load(Map<String, String> env) {
        try {
            Path file = NativeLibraryFile.locate(env);
            return load(file);
        } catch (Throwable e) {
            return new Loaded(Optional.empty(), describe(e));
        }
    }

    /** Loads a specific library file; never throws. */
    public static Loaded load(Path file) {
        try {
            SymbolLookup lookup = SymbolLookup.libraryLookup(file, Arena.global());
            return new Loaded(Optional.of(new NativeCore(lookup)), "");
        } catch (IllegalCallerException e) {
            return new Loaded(Optional.empty(),
                    "native access is not enabled (run java with --enable-native-access=ALL-UNNAMED)");
        } catch (Throwable e) {
            return new Loaded(Optional.empty(), describe(e));
        }
    }

    /** {@code token-tracker-core/<version>/abi-<n>}. */
    public String version() {
        return version;
    }

    /** Phase 1. Returns the parsed local data; {@code statsJson} receives the counts. */
    public Local parseLocalSources(byte[] request, byte[] store) throws NativeException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment handle = arena.allocate(ValueLayout.ADDRESS);
            MemorySegment stats = arena.allocate(BUF);
            MemorySegment err = arena.allocate(BUF);
            try {
                int status = (int) parse.invokeExact(copy(arena, request), (long) request.length,
                        copy(arena, store), (long) store.length, handle, stats, err);
                check(status, err);
                return new Local(this, handle.get(ValueLayout.ADDRESS, 0), text(stats));
            } finally {
                free(stats);
                free(err);
            }
        } catch (NativeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("native call failed", e);
        }
    }

    /** Phase 2 for one report kind; returns the report JSON (docs/abi.md). */
    public String finalizeReport(Report kind, Local local, byte[] request, byte[] prices, byte[] zone)
            throws NativeException {
        return withOut((arena, out, err) -> (int) finalizers[kind.ordinal()].handle().invokeExact(
                local.address(), copy(arena, request), (long) request.length, copy(arena, prices),
                (long) prices.length, copy(arena, zone), (long) zone.length, out, err));
    }

    /** The parse-golden text of a handle's messages (tests). */
    public String dump(Local local) throws NativeException {
        return withOut((arena, out, err) -> (int) dump.handle().invokeExact(local.address(), out, err));
    }

    /** Makes the library panic inside its boundary (tests: a panic must become a status). */
    public void testPanic() throws NativeException {
        withOut((arena, out, err) -> (int) testPanic.handle().invokeExact(err));
    }

    // ------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Call {
        int invoke(Arena arena, MemorySegment out, MemorySegment err) throws Throwable;
    }

    private String withOut(Call call) throws NativeException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(BUF);
            MemorySegment err = arena.allocate(BUF);
            try {
                check(call.invoke(arena, out, err), err);
                return text(out);
            } finally {
                free(out);
                free(err);
            }
        } catch (NativeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("native call failed", e);
        }
    }

    void release(MemorySegment address) {
        try {
            release.invokeExact(address);
        } catch (Throwable e) {
            throw new IllegalStateException("native release failed", e);
        }
    }

    private static MemorySegment copy(Arena arena, byte[] bytes) {
        if (bytes.length == 0) {
            return MemorySegment.NULL;
        }
        MemorySegment segment = arena.allocate(bytes.length);
        MemorySegment.copy(bytes, 0, segment, ValueLayout.JAVA_BYTE, 0, bytes.length);
        return segment;
    }

    private static void check(int status, MemorySegment err) throws NativeException {
        if (status != NativeStatus.OK.code()) {
            throw new NativeException(NativeStatus.of(status), text(err));
        }
    }

    private static String text(MemorySegment buf) {
        MemorySegment ptr = (MemorySegment) BUF_PTR.get(buf, 0L);
        long len = (long) BUF_LEN.get(buf, 0L);
        if (ptr.equals(MemorySegment.NULL) || len == 0) {
            return "";
        }
        return new String(ptr.reinterpret(len).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
    }

    private void free(MemorySegment buf) {
        try {
            bufFree.invokeExact(buf);
        } catch (Throwable e) {
            throw new IllegalStateException("native free failed", e);
        }
    }

    private static MethodHandle bind(SymbolLookup lookup, String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(find(lookup, name), descriptor);
    }

    private static MemorySegment find(SymbolLookup lookup, String name) {
        return lookup.find(name).orElseThrow(() -> new IllegalStateException("native library lacks " + name));
    }

    /**
     * An entry point that a run may not call (three of the four reports, the test-only ones):
     * its symbol is checked at load, but its downcall handle, whose creation generates code and
     * costs start-up time, is made on first use.
     */
    private static final class Downcall {
        private final MemorySegment symbol;
        private final FunctionDescriptor descriptor;
        private volatile MethodHandle handle;

        Downcall(MemorySegment symbol, FunctionDescriptor descriptor) {
            this.symbol = symbol;
            this.descriptor = descriptor;
        }

        MethodHandle handle() {
            MethodHandle bound = handle;
            if (bound == null) {
                bound = LINKER.downcallHandle(symbol, descriptor);
                handle = bound;
            }
            return bound;
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
    }

    /**
     * Parsed local data held by the library. Close it exactly once to release the native memory;
     * later closes are no-ops, and a finalize after close is refused on the Java side.
     */
    public static final class Local implements AutoCloseable {
        private final NativeCore core;
        private final MemorySegment address;
        private final String statsJson;
        private boolean released;

        private Local(NativeCore core, MemorySegment address, String statsJson) {
            this.core = core;
            this.address = address;
            this.statsJson = statsJson;
        }

        /** The per-source counts (docs/abi.md, "Parse stats"). */
        public String statsJson() {
            return statsJson;
        }

        synchronized MemorySegment address() {
            if (released) {
                throw new IllegalStateException("native local data already released");
            }
            return address;
        }

        @Override
        public synchronized void close() {
            if (!released) {
                released = true;
                core.release(address);
            }
        }
    }
}
