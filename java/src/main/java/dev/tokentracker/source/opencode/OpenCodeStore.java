package dev.tokentracker.source.opencode;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Reads the {@code message} table of OpenCode's SQLite store ({@code opencode.db}, newer versions).
 * One row is one record; rows are read in {@code rowid} order (the order OpenCode inserted them).
 *
 * <p>The store is live: OpenCode keeps it open in WAL mode, with recent messages only in
 * {@code opencode.db-wal}. It is opened read-only in place, which sees those messages and never
 * writes to the database. A read-only open still needs the {@code -shm} index beside the file; when
 * that cannot be had (a directory that is not writable, a read-only mount), the database and its
 * {@code -wal} are copied to a private temporary directory and read there. No writer can be active
 * in a directory that is not writable, so that copy is consistent.
 *
 * <p>A store that cannot be read either way (not a database, corrupt, no {@code message} table)
 * is an unreadable file: {@link IOException}, never a partial result.
 */
public final class OpenCodeStore {

    static final String FILE_NAME = "opencode.db";

    private static final String QUERY = "SELECT typeof(id), id, typeof(session_id), session_id,"
            + " typeof(time_created), time_created, typeof(data), data FROM message ORDER BY rowid";
    /** Waits for a writer of a store in rollback-journal mode; WAL readers never wait. */
    private static final int BUSY_TIMEOUT_MS = 2_000;

    private OpenCodeStore() {
    }

    /** The rows of the store, in rowid order; an unreadable store is an IOException. */
    public static List<StoreRow> rows(Path database) throws IOException {
        try {
            return readRows(database);
        } catch (SQLException | LinkageError inPlace) {
            // LinkageError: the driver's native library could not be loaded. That makes the store
            // unreadable for this run (after the copy fails the same way), not the whole parse.
            return readCopy(database, inPlace);
        }
    }

    /** Parses the store's rows as records, like message files (one record per row). */
    static ParsedFile read(Path database) throws IOException {
        ParsedFile parsed = new ParsedFile(true);
        for (StoreRow row : rows(database)) {
            if (row.data() == null) {
                MessageRecord.notJson(parsed);
            } else {
                MessageRecord.read(row.data(), new RowColumns(row.id(), row.sessionId(), row.timeCreatedMs()), parsed);
            }
        }
        return parsed;
    }

    private static List<StoreRow> readCopy(Path database, Throwable inPlaceFailure) throws IOException {
        Path source = database.toRealPath();
        Path dir = Files.createTempDirectory("token-tracker-opencode-");
        try {
            Path copy = dir.resolve(FILE_NAME);
            Files.copy(source, copy);
            try {
                Files.copy(withSuffix(source, "-wal"), withSuffix(copy, "-wal"));
            } catch (NoSuchFileException noWal) {
                // No WAL (or checkpointed and removed meanwhile): the database file is complete.
            }
            return readRows(copy);
        } catch (SQLException | LinkageError e) {
            IOException failure = new IOException(
                    "cannot read the OpenCode store " + database + ": " + e.getMessage(), e);
            failure.addSuppressed(inPlaceFailure);
            throw failure;
        } finally {
            deleteQuietly(dir);
        }
    }

    private static List<StoreRow> readRows(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        List<StoreRow> result = new ArrayList<>();
        try (Connection connection = config.createConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                result.add(readRow(rows));
            }
        }
        return result;
    }

    /**
     * One row. SQLite columns are dynamically typed, so each one is taken only when it holds the
     * type OpenCode writes; otherwise it counts as absent. {@code data} is taken as its raw
     * bytes (the store is UTF-8), so the strict JSON reader sees exactly what is stored.
     */
    private static StoreRow readRow(ResultSet rows) throws SQLException {
        String id = "text".equals(rows.getString(1)) ? rows.getString(2) : null;
        String sessionId = "text".equals(rows.getString(3)) ? rows.getString(4) : null;
        long timeCreated = MessageFields.ABSENT;
        if ("integer".equals(rows.getString(5)) && rows.getLong(6) >= 0) {
            timeCreated = rows.getLong(6);
        }
        String dataType = rows.getString(7);
        byte[] data = null;
        if ("text".equals(dataType) || "blob".equals(dataType)) {
            byte[] bytes = rows.getBytes(8);
            data = bytes != null ? bytes : new byte[0];
        }
        return new StoreRow(id, sessionId, timeCreated, data);
    }

    private static Path withSuffix(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Removes the private copy; a leftover in the temporary directory is harmless. */
    private static void deleteQuietly(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
            Files.deleteIfExists(dir);
        } catch (IOException leftover) {
            // Nothing to do: the operating system cleans its temporary directory.
        }
    }
}
