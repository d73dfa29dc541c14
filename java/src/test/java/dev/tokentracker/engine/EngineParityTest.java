package dev.tokentracker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Source;
import dev.tokentracker.pricing.CostMode;
import dev.tokentracker.report.DateFilter;
import dev.tokentracker.testing.NativeLibrary;
import dev.tokentracker.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parity suite: every fixture home — each source's fixtures, the report fixtures, the demo
 * home and, when present, every origin folder of the real-data corpus — goes through both
 * engines for every report kind, with and without a date filter, in two time zones and two cost
 * modes. The reports (every field: rows, totals, pricing notes), the phase-1 counts, Cursor's
 * counts and the warnings must be identical.
 */
class EngineParityTest {

    private static final List<EngineHarness.Variant> VARIANTS = variants();

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Path home : homes()) {
            for (EngineHarness.Variant variant : VARIANTS) {
                cases.add(Arguments.of(TestData.dir().getParent().relativize(home).toString(), home, variant));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void bothEnginesGiveTheSameReport(String name, Path home, EngineHarness.Variant variant) {
        Engine nativeEngine = new NativeEngine(NativeLibrary.core());
        Engine javaEngine = new JavaEngine("parity test");
        EnumSet<Source> all = EnumSet.allOf(Source.class);

        EngineHarness.Outcome java = EngineHarness.run(javaEngine, home, all, variant);
        EngineHarness.Outcome nat = EngineHarness.run(nativeEngine, home, all, variant);

        assertThat(nat.stats()).as("phase-1 counts").isEqualTo(java.stats());
        assertThat(nat.finalized().cursorStats()).as("Cursor counts").isEqualTo(java.finalized().cursorStats());
        assertThat(nat.finalized().warnings()).as("warnings").isEqualTo(java.finalized().warnings());
        assertThat(nat.finalized().report()).as("report").isEqualTo(java.finalized().report());
    }

    private static List<EngineHarness.Variant> variants() {
        DateFilter march2026 = new DateFilter(LocalDate.of(2026, 1, 15).toEpochDay(), LocalDate.of(2026, 3, 14).toEpochDay());
        List<EngineHarness.Variant> variants = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            variants.add(new EngineHarness.Variant(kind, ZoneId.of("UTC"), DateFilter.ALL, CostMode.AUTO));
            variants.add(new EngineHarness.Variant(kind, ZoneId.of("Asia/Seoul"), march2026, CostMode.CALCULATE));
            variants.add(new EngineHarness.Variant(kind, ZoneId.of("America/Los_Angeles"), DateFilter.ALL, CostMode.DISPLAY));
        }
        return variants;
    }

    /** Every fixture home: per-source fixtures, report fixtures, the demo, the real corpus. */
    static List<Path> homes() {
        List<Path> homes = new ArrayList<>();
        for (Source source : Source.values()) {
            homes.addAll(TestData.fixtures(source.id()));
        }
        homes.addAll(children(TestData.dir().resolve("reports")));
        homes.add(TestData.dir().getParent().resolve("examples").resolve("demo-home"));
        Path corpus = TestData.realData();
        for (Source source : Source.values()) {
            homes.addAll(children(corpus.resolve(source.id())));
        }
        return homes;
    }

    private static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
