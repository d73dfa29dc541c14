package dev.tokentracker.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The one check that can fail the local parse as a whole (SPEC §8): a home that exists but
 * cannot be listed or entered. Discovery treats an unreadable directory like a missing one, which
 * is right below the home (one odd folder should not cost the report) but wrong for the home
 * itself: every source would silently read as empty, and "No usage data found." would be a lie.
 * A home that does not exist is still simply empty.
 */
public final class HomeDirectory {

    private HomeDirectory() {
    }

    /** @throws AccessDeniedException the home exists but this user may not read it */
    public static void requireReadable(Path home) throws IOException {
        try {
            // Opening is the check: listing needs read permission.
            DirectoryStream<Path> entries = Files.newDirectoryStream(home);
            entries.close();
        } catch (NoSuchFileException | NotDirectoryException missing) {
            return;
        } catch (AccessDeniedException denied) {
            // The JDK's message is the bare path; say what is wrong with it.
            throw new AccessDeniedException(home.toString(), null, "the home directory cannot be read (permission denied)");
        }
        if (!Files.isExecutable(home)) {
            // Readable but not searchable: nothing below it can be opened.
            throw new AccessDeniedException(home.toString(), null, "the home directory cannot be entered (permission denied)");
        }
    }
}
