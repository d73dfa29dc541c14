package dev.tokentracker.source.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.source.SourceResult;
import dev.tokentracker.source.SourceStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionMergeTest {

    private static SessionFile.Kept kept(String messageId, String model, boolean clamped) {
        Usage usage = new Usage(messageId, model, 0L, new Tokens(10, 1, 0, 0, 0));
        return new SessionFile.Kept(messageId, usage.toMessage("s"), clamped);
    }

    private static SessionFile file(String sessionId, SessionFile.Kept... kept) {
        return new SessionFile(sessionId, List.of(kept), 1, 0, 0);
    }

    private static SourceResult merge(SessionFile... files) {
        return SessionMerge.merge(new ArrayList<>(Arrays.asList(files)));
    }

    @Test
    void theCopyInTheLaterFileWinsAndTakesItsPosition() {
        SourceResult result = merge(
                file("s1", kept("m1", "first-file", false)),
                file("s2", kept("m9", "between", false)),
                file("s1", kept("m1", "later-file", false)));

        assertThat(result.messages()).extracting(UsageMessage::modelId).containsExactly("between", "later-file");
        assertThat(result.stats().duplicates()).isEqualTo(1);
    }

    @Test
    void theSameMessageIdInAnotherSessionIsAnotherMessage() {
        SourceResult result = merge(file("s1", kept("m1", "a", false)), file("s2", kept("m1", "b", false)));

        assertThat(result.messages()).hasSize(2);
    }

    @Test
    void filesWithoutSessionIdAndMessagesWithoutIdAreNotMatched() {
        SourceResult result = merge(
                file(null, kept("m1", "a", false)),
                file(null, kept("m1", "b", false)),
                file("s1", kept(null, "c", false)),
                file("s1", kept(null, "d", false)));

        assertThat(result.messages()).extracting(UsageMessage::modelId).containsExactly("a", "b", "c", "d");
        assertThat(result.stats().duplicates()).isZero();
    }

    @Test
    void aClampedMessageIsCountedMalformedOnlyOnTheCopyKept() {
        SourceResult result = merge(file("s1", kept("m1", "a", true)), file("s1", kept("m1", "a", true)));

        assertThat(result.stats().malformed()).isEqualTo(1);
        assertThat(result.stats().duplicates()).isEqualTo(1);
        assertThat(result.messages()).hasSize(1);
    }

    @Test
    void unreadableFilesAreCountedAndSkipped() {
        SourceResult result = merge(null, new SessionFile("s1", List.of(kept("m1", "a", false)), 4, 2, 3));

        assertThat(result.stats()).isEqualTo(new SourceStats(Source.GEMINI, 1, 1, 4, 2, 3, 1));
    }
}
