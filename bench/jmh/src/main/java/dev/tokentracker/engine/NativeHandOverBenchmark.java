package dev.tokentracker.engine;

import dev.tokentracker.ffi.NativeCore;
import dev.tokentracker.model.Source;
import dev.tokentracker.source.Environment;
import dev.tokentracker.source.SourceLocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The FFM hand-over of a phase-1 parse request, on an empty home so that the native side has
 * nothing to parse: building the request payloads ({@code payloads}, pure Java), and the whole
 * round trip — payloads, copy into native memory, downcall, stats JSON back, free the handle
 * ({@code roundTrip}). The second needs the native engine; without it the setup fails with the
 * reason and JMH goes on with the other benchmarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class NativeHandOverBenchmark {

    private ParseRequest request;

    @Setup
    public void emptyHome() throws IOException {
        Path home = Files.createTempDirectory("tt-jmh-home-");
        request = new ParseRequest(EnumSet.of(Source.CLAUDE, Source.CODEX, Source.GEMINI, Source.OPENCODE),
                new SourceLocations(Environment.ofProcess(home)), 1);
    }

    @Benchmark
    public byte[] payloads() {
        NativePayloads.storeRows(List.of());
        return NativePayloads.parseRequest(request);
    }

    /** Holds the native engine; its setup fails (skipping {@code roundTrip}) when there is none. */
    @State(Scope.Benchmark)
    public static class Native {
        NativeEngine engine;

        @Setup
        public void load() {
            NativeCore.Loaded loaded = Engines.loadNative(System.getenv());
            NativeCore core = loaded.core().orElseThrow(
                    () -> new IllegalStateException("native engine unavailable: " + loaded.problem()));
            engine = new NativeEngine(core);
        }
    }

    @Benchmark
    public long roundTrip(Native nat) throws IOException {
        try (LocalData local = nat.engine.parseLocalSources(request)) {
            return local.messageCount();
        }
    }
}
