package dev.tokentracker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Source;
import dev.tokentracker.testing.NativeLibrary;
import dev.tokentracker.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native engine's phase 1 on every local fixture home must give the same golden text as the
 * Java engine ({@code testdata/golden/parse/<source>/<case>.txt}). The Rust tests check most of
 * these goldens too; this one also covers the cases the Rust tests cannot, because they need
 * Java to read an OpenCode SQLite store.
 */
class NativeParseGoldenTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(Source.values())
                .filter(Source::isLocal)
                .flatMap(source -> TestData.fixtures(source.id()).stream()
                        .map(dir -> Arguments.of(source, dir.getFileName().toString())));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("fixtures")
    void nativePhaseOneMatchesTheGolden(Source source, String name) throws Exception {
        NativeEngine engine = new NativeEngine(NativeLibrary.core());
        Path home = TestData.fixture(source.id(), name);
        Path golden = TestData.dir().resolve("golden/parse/" + source.id() + "/" + name + ".txt");

        try (LocalData data = engine.parseLocalSources(new ParseRequest(Set.of(source), EngineHarness.locations(home), 2))) {
            assertThat(engine.dump(data)).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }
}
