package dev.tokentracker.source;

import dev.tokentracker.model.Source;
import dev.tokentracker.testing.Golden;
import dev.tokentracker.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture home under {@code testdata/fixtures/<source>/<case>/} is parsed for its source and
 * must give {@code testdata/golden/parse/<source>/<case>.txt}. The same goldens are checked by
 * the native engine's tests, which is what keeps the two parsers identical.
 */
class ParseGoldenTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(Source.values())
                .filter(Source::isLocal)
                .flatMap(source -> TestData.fixtures(source.id()).stream()
                        .map(dir -> Arguments.of(source, dir.getFileName().toString())));
    }

    @ParameterizedTest(name = "{0}/{1}", allowZeroInvocations = true)
    @MethodSource("fixtures")
    void parsesFixtureToGolden(Source source, String name) throws IOException {
        Path home = TestData.fixture(source.id(), name);
        Environment env = new Environment(home, true, Map.of());

        LocalParseResult result = new LocalParser(2).parse(Set.of(source), new SourceLocations(env));

        SourceResult one = new SourceResult(result.messages(), result.stats().get(source));
        Golden.assertMatches("parse/" + source.id() + "/" + name + ".txt", ParseDump.of(one));
    }
}
