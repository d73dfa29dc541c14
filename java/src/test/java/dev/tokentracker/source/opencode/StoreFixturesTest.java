package dev.tokentracker.source.opencode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed fixture stores ({@code testdata/fixtures/opencode/<case>/…/opencode.db}) are built
 * from {@code <case>.sql} by {@code build-stores.sh}. This fails when a store and its script have
 * drifted apart: run the script and commit the result.
 */
class StoreFixturesTest {

    private static final String ROWS = "SELECT rowid, typeof(id), quote(id), typeof(session_id), quote(session_id),"
            + " typeof(time_created), quote(time_created), time_updated, typeof(data), quote(data)"
            + " FROM message ORDER BY rowid";

    @TempDir
    Path dir;

    static Stream<String> scripts() throws IOException {
        try (Stream<Path> files = Files.list(TestData.dir().resolve("fixtures/opencode"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList().stream();
        }
    }

    private static List<String> rows(Path database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = StoreFiles.openReadOnly(database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(ROWS)) {
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= 10; column++) {
                    row.append(result.getString(column)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void committedStoreMatchesItsScript(String script) throws Exception {
        Path fixtures = TestData.dir().resolve("fixtures/opencode");
        Path committed = fixtures.resolve(script.replace(".sql", "")).resolve(".local/share/opencode/opencode.db");
        Path rebuilt = dir.resolve("opencode.db");
        try (Connection connection = StoreFiles.open(rebuilt); Statement statement = connection.createStatement()) {
            statement.executeUpdate(Files.readString(fixtures.resolve(script)));
        }

        assertThat(rows(committed)).isNotEmpty().isEqualTo(rows(rebuilt));
    }
}
