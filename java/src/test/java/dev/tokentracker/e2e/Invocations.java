package dev.tokentracker.e2e;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The argument lists a suite ran the jar with, so that a guard can check that every documented
 * command and flag was exercised (see {@code CommandTourIT}).
 */
final class Invocations {

    private final List<List<String>> runs = new CopyOnWriteArrayList<>();

    void record(List<String> args) {
        runs.add(List.copyOf(args));
    }

    List<List<String>> all() {
        return List.copyOf(runs);
    }
}
