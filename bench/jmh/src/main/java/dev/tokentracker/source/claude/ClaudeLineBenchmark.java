package dev.tokentracker.source.claude;

import java.util.Random;
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
 * Parsing one Claude usage line (~1.3 KB): the strict JSON pull reader pulling the members the
 * engine needs ({@code parse}), and that plus the SPEC §3 mapping to a usage record
 * ({@code parseAndMap}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ClaudeLineBenchmark {

    private byte[] line;

    @Setup
    public void makeLine() {
        line = TranscriptShapes.usageLine(new Random(7));
    }

    @Benchmark
    public TranscriptLine parse() {
        return TranscriptLineReader.read(line, 0, line.length);
    }

    @Benchmark
    public ClaudeUsage parseAndMap() {
        return UsageMapping.map(TranscriptLineReader.read(line, 0, line.length), "session");
    }
}
