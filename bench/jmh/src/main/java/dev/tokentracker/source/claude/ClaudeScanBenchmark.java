package dev.tokentracker.source.claude;

import dev.tokentracker.source.JsonlFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Line scanning of one 8 MB real-shaped transcript (page cache warm): the marker pre-filter
 * alone ({@code markerOnly}: lines containing {@code "usage"} are found, not parsed), every line
 * split out without a filter ({@code everyLine}: what the pre-filter saves), and the whole
 * per-file Claude read (scan + parse + map of each usage line). Divide 8 MB by the time for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ClaudeScanBenchmark {

    private static final JsonlFile WITH_MARKER =
            new JsonlFile(new byte[][] {"\"usage\"".getBytes(StandardCharsets.US_ASCII)}, false);
    private static final JsonlFile EVERY_LINE = new JsonlFile(new byte[0][], false);

    private Path file;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = TranscriptShapes.writeTranscript(Files.createTempFile("tt-jmh-", ".jsonl"), 8_000_000, 42);
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public void markerOnly(Blackhole bh) throws IOException {
        WITH_MARKER.scan(file, (buf, start, end, offset) -> bh.consume(end - start));
    }

    @Benchmark
    public void everyLine(Blackhole bh) throws IOException {
        EVERY_LINE.scan(file, (buf, start, end, offset) -> bh.consume(end - start));
    }

    @Benchmark
    public ClaudeFile readFile() throws IOException {
        return ClaudeFileReader.read(file);
    }
}
