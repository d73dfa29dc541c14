package dev.tokentracker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Source;
import dev.tokentracker.pricing.CostMode;
import dev.tokentracker.report.DateFilter;
import dev.tokentracker.source.LocalParser;
import dev.tokentracker.source.ParseDump;
import dev.tokentracker.testing.NativeLibrary;
import dev.tokentracker.testing.RandomHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Randomised parity: homes generated from seeds (duplicates, replays, malformed and truncated
 * records, edge numbers; see {@link RandomHome}) go through both engines. Phase 1 must give the
 * same messages in the same order with the same counts, and every report kind the same report.
 */
class RandomHomeParityTest {

    @TempDir
    Path temp;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bothEnginesAgreeOnARandomHome(long seed) throws Exception {
        NativeEngine nativeEngine = new NativeEngine(NativeLibrary.core());
        Path home = RandomHome.write(seed, Files.createDirectories(temp.resolve("home")));
        Set<Source> local = EnumSet.of(Source.CLAUDE, Source.CODEX, Source.GEMINI, Source.OPENCODE);

        String javaDump = ParseDump.ofLocal(new LocalParser(2).parse(local, EngineHarness.locations(home)));
        try (LocalData data = nativeEngine.parseLocalSources(new ParseRequest(local, EngineHarness.locations(home), 2))) {
            assertThat(nativeEngine.dump(data)).as("phase 1").isEqualTo(javaDump);
        }
        for (ReportKind kind : ReportKind.values()) {
            for (EngineHarness.Variant variant : new EngineHarness.Variant[] {
                new EngineHarness.Variant(kind, ZoneId.of("UTC"), DateFilter.ALL, CostMode.AUTO),
                new EngineHarness.Variant(kind, ZoneId.of("Europe/Berlin"), new DateFilter(
                        LocalDate.of(2025, 3, 30).toEpochDay(), LocalDate.of(2025, 10, 26).toEpochDay()), CostMode.CALCULATE)}) {
                EngineHarness.Outcome java = EngineHarness.run(new JavaEngine("parity"), home, EnumSet.allOf(Source.class), variant);
                EngineHarness.Outcome nat = EngineHarness.run(nativeEngine, home, EnumSet.allOf(Source.class), variant);
                assertThat(nat.finalized()).as(variant.toString()).isEqualTo(java.finalized());
                assertThat(nat.stats()).as(variant + " counts").isEqualTo(java.stats());
            }
        }
    }
}
