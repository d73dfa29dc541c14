package dev.tokentracker.source;

import dev.tokentracker.model.Source;
import dev.tokentracker.model.UsageMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Phase 1 in pure Java: discovers the selected sources' files, parses all of them in parallel on
 * platform threads (largest files first, so one big file does not finish last alone), then merges
 * each source sequentially in record order. The result does not depend on the thread count.
 */
public final class LocalParser {

    private final int threads;

    public LocalParser(int threads) {
        this.threads = Math.max(1, threads);
    }

    public LocalParseResult parse(Set<Source> sources, SourceLocations locations) throws IOException {
        List<Job<?>> jobs = new ArrayList<>();
        for (Source source : Source.values()) {
            if (source.isLocal() && sources.contains(source)) {
                jobs.add(Job.of(LocalSources.parser(source), locations));
            }
        }
        runAll(jobs);
        List<UsageMessage> messages = new ArrayList<>();
        Map<Source, SourceStats> stats = new EnumMap<>(Source.class);
        for (Job<?> job : jobs) {
            SourceResult result = job.merge();
            messages.addAll(result.messages());
            stats.put(job.parser.source(), result.stats());
        }
        return new LocalParseResult(messages, stats);
    }

    private void runAll(List<Job<?>> jobs) throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (Job<?> job : jobs) {
            for (int i = 0; i < job.files.size(); i++) {
                tasks.add(new Task(job, i));
            }
        }
        tasks.sort(Comparator.comparingLong((Task t) -> t.job.files.get(t.index).size()).reversed());
        if (threads == 1 || tasks.size() < 2) {
            for (Task task : tasks) {
                task.run();
            }
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().factory())) {
            List<Future<?>> futures = new ArrayList<>(tasks.size());
            for (Task task : tasks) {
                futures.add(pool.submit(task::run));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parser failed", e.getCause());
        }
    }

    private record Task(Job<?> job, int index) {
        void run() {
            job.parseOne(index);
        }
    }

    /** One source: its parser, files and per-file results (indexed like the files). */
    private static final class Job<F> {
        private final SourceParser<F> parser;
        private final List<DiscoveredFile> files;
        private final Object[] parsed;

        private Job(SourceParser<F> parser, List<DiscoveredFile> files) {
            this.parser = parser;
            this.files = files;
            this.parsed = new Object[files.size()];
        }

        static <F> Job<F> of(SourceParser<F> parser, SourceLocations locations) throws IOException {
            return new Job<>(parser, parser.discover(locations));
        }

        void parseOne(int index) {
            try {
                parsed[index] = parser.parseFile(files.get(index));
            } catch (IOException unreadable) {
                parsed[index] = null;
            }
        }

        @SuppressWarnings("unchecked")
        SourceResult merge() {
            List<F> results = new ArrayList<>(parsed.length);
            for (Object result : Arrays.asList(parsed)) {
                results.add((F) result);
            }
            return parser.merge(files, results);
        }
    }
}
