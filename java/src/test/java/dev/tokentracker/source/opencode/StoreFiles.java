package dev.tokentracker.source.opencode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** Builds small OpenCode stores for the tests, with the real {@code message} columns. */
final class StoreFiles {

    static final String MESSAGE_TABLE = "CREATE TABLE message (id text PRIMARY KEY, session_id text NOT NULL,"
            + " time_created integer NOT NULL, time_updated integer NOT NULL, data text NOT NULL)";

    private StoreFiles() {
    }

    static Connection open(Path database) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + database);
    }

    /** Opens a committed fixture without any chance of changing it. */
    static Connection openReadOnly(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + database);
    }

    /** A new store; in WAL mode with automatic checkpoints off, rows stay in the -wal file. */
    static Connection create(Path database, boolean wal) throws SQLException {
        Connection connection = open(database);
        try (Statement statement = connection.createStatement()) {
            if (wal) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA wal_autocheckpoint = 0");
            }
            statement.executeUpdate(MESSAGE_TABLE);
        }
        return connection;
    }

    static void insert(Connection connection, String id, long timeCreated, String data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO message VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, "ses_test");
            insert.setLong(3, timeCreated);
            insert.setLong(4, timeCreated);
            insert.setString(5, data);
            insert.executeUpdate();
        }
    }

    /** The data of an OpenCode 1.17 assistant message with {@code input} input tokens. */
    static String assistant(long input) {
        return "{\"role\":\"assistant\",\"mode\":\"build\",\"cost\":0.001,\"tokens\":{\"total\":" + (input + 10)
                + ",\"input\":" + input + ",\"output\":10,\"reasoning\":0,\"cache\":{\"write\":0,\"read\":0}},"
                + "\"modelID\":\"moonshotai/kimi-k2.6\",\"providerID\":\"opencode\",\"time\":{\"created\":1781674674287}}";
    }
}
