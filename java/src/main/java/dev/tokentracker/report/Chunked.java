package dev.tokentracker.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * A for-each over a long list that the launcher's JVM compiles early.
 *
 * <p>The launcher runs C1 only, and a run is short. A plain loop over 100,000 messages that runs
 * once stays in the interpreter until tens of thousands of iterations have passed (on-stack
 * replacement comes late), so even a loop whose body is a single call costs an interpreted
 * iteration per message. Here the list is walked in chunks of {@link #CHUNK}: the method that
 * walks one chunk is called thousands of times, so it is compiled after a few hundred calls (and,
 * being shared by every caller, often already is), leaving one interpreted iteration per chunk.
 */
final class Chunked {

    static final int CHUNK = 16;

    private Chunked() {
    }

    /** {@code action} on each element of {@code list}, in order. */
    static <T> void forEach(List<T> list, Consumer<? super T> action) {
        int size = list.size();
        for (int start = 0; start < size; start += CHUNK) {
            chunk(list, start, Math.min(size, start + CHUNK), action);
        }
    }

    private static <T> void chunk(List<T> list, int from, int to, Consumer<? super T> action) {
        for (int i = from; i < to; i++) {
            action.accept(list.get(i));
        }
    }
}
