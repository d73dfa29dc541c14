package dev.tokentracker.source.claude;

import dev.tokentracker.model.Source;
import dev.tokentracker.source.DiscoveredFile;
import dev.tokentracker.source.FileDiscovery;
import dev.tokentracker.source.SourceLocations;
import dev.tokentracker.source.SourceParser;
import dev.tokentracker.source.SourceResult;
import dev.tokentracker.source.SourceStats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Claude Code (SPEC §2–§3): every {@code *.jsonl} at any depth below the {@code projects}
 * directories — session files, {@code <session>/subagents/agent-*.jsonl} and the older
 * {@code agent-*.jsonl} beside the sessions — read one by one, then deduplicated together.
 */
public final class ClaudeParser implements SourceParser<ClaudeFile> {

    @Override
    public Source source() {
        return Source.CLAUDE;
    }

    @Override
    public List<DiscoveredFile> discover(SourceLocations locations) throws IOException {
        return FileDiscovery.find(locations.claudeProjectRoots(), Integer.MAX_VALUE,
                FileDiscovery.nameEndsWith(".jsonl"));
    }

    @Override
    public ClaudeFile parseFile(DiscoveredFile file) throws IOException {
        return ClaudeFileReader.read(file.path());
    }

    @Override
    public SourceResult merge(List<DiscoveredFile> files, List<ClaudeFile> parsed) {
        List<ClaudeUsage> usages = new ArrayList<>();
        long filesRead = 0;
        long filesUnreadable = 0;
        long recordsParsed = 0;
        long malformed = 0;
        for (ClaudeFile file : parsed) {
            if (file == null) {
                filesUnreadable++;
                continue;
            }
            filesRead++;
            recordsParsed += file.recordsParsed();
            malformed += file.malformed();
            usages.addAll(file.usages());
        }
        ClaudeDedup.Result deduped = ClaudeDedup.apply(usages);
        SourceStats stats = new SourceStats(Source.CLAUDE, filesRead, filesUnreadable, recordsParsed,
                malformed, deduped.duplicates(), deduped.messages().size());
        return new SourceResult(deduped.messages(), stats);
    }
}
