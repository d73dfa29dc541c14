package dev.tokentracker.source.codex;

import dev.tokentracker.model.CostRule;
import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import dev.tokentracker.scan.MalformedRecordException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sequential state machine that reads one rollout file (SPEC §3, Codex). Fed the lines that
 * passed the marker filter, in file order; all state belongs to the one file.
 *
 * <ul>
 *   <li>{@code session_meta}: the first one names the session ({@code payload.id}) and says
 *       whether the file is a review sub-agent's rollout ({@code payload.source.subagent ==
 *       "review"}); later ones (history copied by a fork) change nothing.
 *   <li>{@code turn_context}: {@code payload.model}, when a non-empty string, becomes the model
 *       of the following events.
 *   <li>{@code event_msg} {@code entered_review_mode} / {@code exited_review_mode}: open / close
 *       a review window, in which a parent file's usage events are the review sub-agent's calls
 *       mirrored — not counted (duplicates), baseline untouched. Ignored in a review file.
 *   <li>{@code event_msg} {@code token_count} with an {@code info} object: a usage record; see
 *       {@link #tokenCount}. A null or absent {@code info} (rate-limit-only event) is not usage.
 * </ul>
 * A malformed record is counted and changes no state.
 */
final class RolloutState {

    private static final String PROVIDER = "openai";

    private final TotalBaseline totals = new TotalBaseline();
    private final List<Draft> drafts = new ArrayList<>();
    private boolean sessionMetaSeen;
    private String sessionId;
    private boolean reviewFile;
    private boolean inReviewWindow;
    private String currentModel;
    private long recordsParsed;
    private long malformed;
    private long duplicates;

    /** A usage message before the file's session id is known (it is the whole file's). */
    private record Draft(String model, long timestampMs, CodexBuckets buckets) {
    }

    /** One line that passed the marker filter: {@code buf[start, end)}. */
    void record(byte[] buf, int start, int end) {
        recordsParsed++;
        try {
            apply(RolloutLineReader.read(buf, start, end));
        } catch (MalformedRecordException e) {
            malformed++;
        }
    }

    /**
     * The file's result. The session id is the first {@code session_meta}'s {@code payload.id},
     * else {@code fallbackSessionId} (the file name without {@code .jsonl}).
     */
    CodexFileResult finish(String fallbackSessionId) {
        String session = sessionId != null ? sessionId : fallbackSessionId;
        List<UsageMessage> messages = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            CodexBuckets b = draft.buckets();
            messages.add(new UsageMessage(Source.CODEX, draft.model(), PROVIDER, session, draft.timestampMs(),
                    b.input(), b.output(), b.cacheRead(), 0, 0, b.reasoning(),
                    UsageMessage.NO_REPORTED_COST, CostRule.REPORTED_FIRST));
        }
        return new CodexFileResult(messages, recordsParsed, malformed, duplicates);
    }

    private void apply(RolloutLine line) {
        String type = line.type();
        RolloutLine.Payload payload = line.payload();
        if ("session_meta".equals(type)) {
            sessionMeta(payload);
        } else if ("turn_context".equals(type)) {
            if (payload.model() != null && !payload.model().isEmpty()) {
                currentModel = payload.model();
            }
        } else if ("event_msg".equals(type)) {
            event(line);
        }
    }

    private void sessionMeta(RolloutLine.Payload payload) {
        if (sessionMetaSeen) {
            return;
        }
        sessionMetaSeen = true;
        sessionId = payload.id();
        reviewFile = "review".equals(payload.subagent());
    }

    private void event(RolloutLine line) {
        String kind = line.payload().type();
        if ("entered_review_mode".equals(kind)) {
            inReviewWindow = true;
        } else if ("exited_review_mode".equals(kind)) {
            inReviewWindow = false;
        } else if ("token_count".equals(kind) && line.payload().info() != null) {
            tokenCount(UsageEvent.of(line.timestamp(), line.payload().info(), currentModel));
        }
    }

    /**
     * A valid usage event. Inside a parent's review window it is a mirror of the sub-agent's
     * call: a duplicate. With a total, {@link TotalBaseline} decides (a repeat is a duplicate);
     * without one, {@code last_token_usage} is the usage and the baseline stays.
     */
    private void tokenCount(UsageEvent event) {
        if (inReviewWindow && !reviewFile) {
            duplicates++;
            return;
        }
        TokenUsage usage = event.total() != null ? totals.advance(event.total(), event.last()) : event.last();
        if (usage == null) {
            duplicates++;
            return;
        }
        CodexBuckets buckets = CodexBuckets.of(usage);
        if (buckets.clamped()) {
            malformed++;
        }
        drafts.add(new Draft(event.model(), event.timestampMs(), buckets));
    }
}
