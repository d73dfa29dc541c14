package dev.tokentracker.cursor;

import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.FileDiscovery;
import dev.tokentracker.source.SourceStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Cursor cache folder ({@code SourceLocations.cursorCache()}) in phase 2: every
 * {@code *.csv} directly inside it (not in subfolders), in record order, each through
 * {@link CursorCsvFile}. A missing folder is simply empty.
 *
 * <p><b>Overlapping exports.</b> Dashboard exports cover overlapping periods, so one event can
 * sit in several files, possibly exported in different header generations; but one file can also
 * hold two identical rows that are two real events (same millisecond, same model, same tokens).
 * So within a file every row counts, and across files an event — identified by its instant,
 * model and total tokens ({@link CursorCsvFile.RowIdentity}) — counts as many times as it occurs
 * in the file that holds it most often. Files are taken by rank ({@link CursorColumns#rank()}:
 * the generation that says most about a row first), then in record order; a row is emitted only
 * while the number emitted so far for its identity is below its count in the current file, and
 * is a duplicate otherwise. The map of counts is only ever looked up, never iterated, so output
 * order is the emission order.
 */
public final class CursorCsvReader {

    private CursorCsvReader() {
    }

    public static CursorCsvResult read(Path cacheDir) {
        List<DiscoveredFile> files;
        try {
            files = FileDiscovery.find(List.of(cacheDir), 1, FileDiscovery.nameEndsWith(".csv"));
        } catch (IOException e) {
            return new CursorCsvResult(List.of(), SourceStats.empty(Source.CURSOR),
                    List.of("could not list the Cursor cache " + cacheDir + ": " + e.getMessage()));
        }
        Merge merge = new Merge();
        for (DiscoveredFile file : files) {
            merge.add(file.path());
        }
        return merge.result();
    }

    /** The state carried from file to file. */
    private static final class Merge {
        private final List<CursorCsvFile.Content> exports = new ArrayList<>();
        private final Map<CursorCsvFile.RowIdentity, Integer> emitted = new HashMap<>();
        private final List<UsageMessage> messages = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private long filesRead;
        private long filesUnreadable;
        private long records;
        private long malformed;
        private long duplicates;

        /** Reads one file (in record order, so warnings come in record order). */
        void add(Path file) {
            Optional<CursorCsvFile.Content> content;
            try {
                content = CursorCsvFile.read(file);
            } catch (IOException e) {
                filesUnreadable++;
                warnings.add("skipped " + file + ": could not read it (" + e + ")");
                return;
            }
            if (content.isEmpty()) {
                filesUnreadable++;
                warnings.add("skipped " + file
                        + ": not a Cursor usage export (its first row is not a header with Date and Model)");
                return;
            }
            filesRead++;
            CursorCsvFile.Content rows = content.get();
            records += rows.recordsParsed();
            malformed += rows.malformed();
            if (rows.malformed() > 0) {
                warnings.add(file + ": skipped " + rows.malformed()
                        + " malformed row(s), the first at line " + rows.firstMalformedLine());
            }
            exports.add(rows);
        }

        /** Emits the rows of one file, minus the copies already emitted from earlier files. */
        private void emit(List<UsageMessage> rows, boolean moreFiles) {
            if (emitted.isEmpty()) {
                // Nothing emitted yet (the first file, usually the only one): every row is below
                // its own count, and the counts are only needed when files follow.
                messages.addAll(rows);
                if (moreFiles) {
                    for (UsageMessage row : rows) {
                        emitted.merge(CursorCsvFile.RowIdentity.of(row), 1, Integer::sum);
                    }
                }
                return;
            }
            List<CursorCsvFile.RowIdentity> identities = new ArrayList<>(rows.size());
            Map<CursorCsvFile.RowIdentity, Integer> inThisFile = new HashMap<>();
            for (UsageMessage row : rows) {
                CursorCsvFile.RowIdentity identity = CursorCsvFile.RowIdentity.of(row);
                identities.add(identity);
                inThisFile.merge(identity, 1, Integer::sum);
            }
            for (int i = 0; i < rows.size(); i++) {
                CursorCsvFile.RowIdentity identity = identities.get(i);
                int sofar = emitted.getOrDefault(identity, 0);
                if (sofar < inThisFile.get(identity)) {
                    emitted.put(identity, sofar + 1);
                    messages.add(rows.get(i));
                } else {
                    duplicates++;
                }
            }
        }

        CursorCsvResult result() {
            // A stable sort: within one rank, files stay in record order.
            List<CursorCsvFile.Content> byRank = new ArrayList<>(exports);
            byRank.sort(Comparator.comparingInt(CursorCsvFile.Content::rank));
            for (int i = 0; i < byRank.size(); i++) {
                emit(byRank.get(i).rows(), i + 1 < byRank.size());
            }
            SourceStats stats = new SourceStats(Source.CURSOR, filesRead, filesUnreadable, records,
                    malformed, duplicates, messages.size());
            return new CursorCsvResult(messages, stats, warnings);
        }
    }
}
