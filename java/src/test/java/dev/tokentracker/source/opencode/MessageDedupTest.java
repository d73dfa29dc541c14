package dev.tokentracker.source.opencode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageDedupTest {

    /** A candidate whose input count tells the copies apart. */
    private static Candidate copy(String id, boolean fromStore, long input) {
        return new Candidate(id, fromStore, new UsageMessage(Source.OPENCODE, "m", "p", "s", 0,
                input, 0, 0, 0, 0, 0, UsageMessage.NO_REPORTED_COST, CostRule.REPORTED_FIRST));
    }

    private static List<Long> kept(Candidate... candidates) {
        return MessageDedup.keep(List.of(candidates)).stream().map(UsageMessage::input).toList();
    }

    @Test
    void theStoreCopyWinsWhereverItIsInRecordOrder() {
        assertThat(kept(copy("a", true, 1), copy("a", false, 2))).containsExactly(1L);
        assertThat(kept(copy("a", false, 1), copy("a", true, 2))).containsExactly(2L);
    }

    @Test
    void amongJsonFilesTheLaterCopyWinsAndTakesItsPosition() {
        assertThat(kept(copy("a", false, 1), copy("b", false, 2), copy("a", false, 3))).containsExactly(2L, 3L);
    }

    @Test
    void amongStoreRowsTheLaterCopyWins() {
        assertThat(kept(copy("a", true, 1), copy("a", false, 2), copy("a", true, 3), copy("a", false, 4)))
                .containsExactly(3L);
    }

    @Test
    void recordsWithoutAnIdAreNeverDeduplicated() {
        assertThat(kept(copy(null, false, 1), copy(null, false, 1), copy(null, true, 1))).containsExactly(1L, 1L, 1L);
    }

    @Test
    void idsAreComparedExactly() {
        assertThat(kept(copy("msg_A", false, 1), copy("msg_a", false, 2), copy("msg_a ", false, 3)))
                .containsExactly(1L, 2L, 3L);
    }
}
