package dev.tokentracker.cursor;

import dev.tokentracker.scan.JsonReader;
import dev.tokentracker.scan.MalformedRecordException;
import dev.tokentracker.source.SourceLocations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Cursor login, kept in {@code cursor-credentials.json} in token-tracker's home
 * ({@code ~/.token-tracker}, or {@code TOKEN_TRACKER_HOME}), in upstream's format:
 * <pre>{@code {
 *   "sessionToken": "<cookie value>",
 *   "createdAt": "2026-05-01T10:00:00Z"
 * }}</pre>
 * written atomically, {@code 0600} in a {@code 0700} directory ({@link PrivateFiles}).
 *
 * <p>A file that is not a JSON object with a string {@code sessionToken} that is a valid cookie
 * value is {@link State#UNREADABLE}: the user is not logged in, and is told that the file could
 * not be read, without its content. Other members are ignored; the last {@code sessionToken}
 * wins, as everywhere in the project.
 */
public final class CursorCredentials {

    public static final String FILE_NAME = "cursor-credentials.json";

    /** A credentials file larger than this is not one the tool wrote. */
    private static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final byte[] SESSION_TOKEN = "sessionToken".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CREATED_AT = "createdAt".getBytes(StandardCharsets.US_ASCII);

    public enum State { MISSING, UNREADABLE, PRESENT }

    /**
     * What the file holds.
     *
     * @param token     present exactly when the state is {@link State#PRESENT}
     * @param createdAt when the login was saved; empty when the file does not say (or not as
     *                  an ISO-8601 instant)
     */
    public record Loaded(State state, Optional<SessionToken> token, Optional<Instant> createdAt) {

        static Loaded missing() {
            return new Loaded(State.MISSING, Optional.empty(), Optional.empty());
        }

        static Loaded unreadable() {
            return new Loaded(State.UNREADABLE, Optional.empty(), Optional.empty());
        }
    }

    private CursorCredentials() {
    }

    public static Path file(SourceLocations locations) {
        return locations.trackerHome().resolve(FILE_NAME);
    }

    /** Reads the file; never throws (a file that cannot be read is {@link State#UNREADABLE}). */
    public static Loaded load(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return Loaded.unreadable();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Loaded.missing();
        } catch (IOException e) {
            return Files.exists(file) ? Loaded.unreadable() : Loaded.missing();
        }
        try {
            return parse(bytes);
        } catch (MalformedRecordException e) {
            return Loaded.unreadable();
        }
    }

    private static Loaded parse(byte[] bytes) {
        JsonReader json = new JsonReader(bytes);
        if (json.peek() != JsonReader.Kind.OBJECT) {
            return Loaded.unreadable();
        }
        String token = null;
        String createdAt = null;
        json.beginObject();
        while (json.nextMember()) {
            if (json.nameIs(SESSION_TOKEN)) {
                token = stringOrNull(json);
            } else if (json.nameIs(CREATED_AT)) {
                createdAt = stringOrNull(json);
            } else {
                json.skipValue();
            }
        }
        json.endRecord();
        Optional<SessionToken> parsed = token != null && SessionToken.isCookieValue(token)
                ? Optional.of(new SessionToken(token)) : Optional.empty();
        if (parsed.isEmpty()) {
            return Loaded.unreadable();
        }
        return new Loaded(State.PRESENT, parsed, instant(createdAt));
    }

    private static String stringOrNull(JsonReader json) {
        if (json.peek() == JsonReader.Kind.STRING) {
            return json.readString();
        }
        json.skipValue();
        return null;
    }

    private static Optional<Instant> instant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Saves a login, replacing any earlier one atomically. */
    public static void save(Path file, SessionToken token, Instant createdAt) throws IOException {
        // A cookie value holds no quote, backslash or control character, so it needs no escaping.
        String json = "{\n"
                + "  \"sessionToken\": \"" + token.value() + "\",\n"
                + "  \"createdAt\": \"" + createdAt + "\"\n"
                + "}\n";
        PrivateFiles.writeAtomically(file, json.getBytes(StandardCharsets.US_ASCII), ".cursor-credentials-");
    }

    /**
     * Why the file's permissions are too open (group or others may read or write it), or empty
     * when they are fine or the file system has no POSIX permissions.
     */
    public static Optional<String> permissionProblem(Path file) {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> extra = EnumSet.noneOf(PosixFilePermission.class);
            extra.addAll(mode);
            extra.removeAll(PrivateFiles.FILE_MODE);
            return extra.isEmpty() ? Optional.empty()
                    : Optional.of("its permissions are " + PosixFilePermissions.toString(mode)
                            + "; other users may read it (run: chmod 600 " + file + ")");
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Deletes the file; false when there was none. */
    public static boolean delete(Path file) throws IOException {
        return Files.deleteIfExists(file);
    }
}
