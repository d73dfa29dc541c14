package dev.tokentracker.cursor;

import dev.tokentracker.source.Environment;
import dev.tokentracker.source.ParseDump;
import dev.tokentracker.source.SourceLocations;
import dev.tokentracker.source.SourceResult;
import dev.tokentracker.testing.Golden;
import dev.tokentracker.testing.TestData;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture home under {@code testdata/fixtures/cursor/<case>/} is read from its Cursor cache
 * folder and must give {@code testdata/golden/parse/cursor/<case>.txt}, in the same dump format
 * as the local sources, so that the native engine's tests can check the same goldens.
 */
class CursorCsvGoldenTest {

    static Stream<String> fixtures() {
        return TestData.fixtures("cursor").stream().map(dir -> dir.getFileName().toString());
    }

    @ParameterizedTest(name = "cursor/{0}")
    @MethodSource("fixtures")
    void readsFixtureToGolden(String name) {
        Path home = TestData.fixture("cursor", name);
        SourceLocations locations = new SourceLocations(new Environment(home, true, Map.of()));

        CursorCsvResult result = CursorCsvReader.read(locations.cursorCache());

        Golden.assertMatches("parse/cursor/" + name + ".txt",
                ParseDump.of(new SourceResult(result.messages(), result.stats())));
    }
}
