package dev.tokentracker.source;

import dev.tokentracker.model.Source;

/**
 * What reading one source did, for {@code --verbose} and the conformance golden file.
 *
 * @param filesRead       files parsed
 * @param filesUnreadable files that could not be read (skipped, counted, warned about)
 * @param recordsParsed   records that passed the pre-filter and were parsed
 * @param malformed       records skipped as malformed (SPEC §2), plus clamped subtractions
 * @param duplicates      usage records dropped as copies of another (dedup, replays, repeats)
 * @param messages        messages produced
 */
public record SourceStats(
        Source source,
        long filesRead,
        long filesUnreadable,
        long recordsParsed,
        long malformed,
        long duplicates,
        long messages) {

    public static SourceStats empty(Source source) {
        return new SourceStats(source, 0, 0, 0, 0, 0, 0);
    }

    public SourceStats plus(SourceStats other) {
        return new SourceStats(source,
                filesRead + other.filesRead,
                filesUnreadable + other.filesUnreadable,
                recordsParsed + other.recordsParsed,
                malformed + other.malformed,
                duplicates + other.duplicates,
                messages + other.messages);
    }
}
