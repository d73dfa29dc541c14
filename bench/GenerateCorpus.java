import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a fake home directory for benchmarks: Claude Code, Codex CLI, Gemini CLI and OpenCode
 * logs plus a cached Cursor CSV export, shaped like the real ones described in
 * /work/shared/realdata/FORMATS.md but entirely synthetic (nothing is copied from real logs).
 *
 * <pre>
 *   java bench/GenerateCorpus.java --shape real|dense --size S|M|L --seed N --out DIR
 * </pre>
 *
 * <p>Shapes. {@code real}: what a heavy user's home looks like — only about a fifth of Claude lines
 * carry usage; most bytes are tool results, file-history snapshots and queue records; Claude
 * session sizes follow the real distribution (median ~100 KB, p90 ~650 KB, p99 ~5 MB, max ~20 MB);
 * streaming duplicates, resumed-session copies, repeated Codex totals, Gemini JSONL re-writes,
 * 10,000 small OpenCode message files and a 50,000-row Cursor CSV. Sizes S ≈ 70 MB, M ≈ 400 MB,
 * L ≈ 1.25 GB. {@code dense} (≈ 250 MB, {@code --size} ignored): every line is a usage record —
 * the parser's worst case per byte.
 *
 * <p>Determinism: every file is a pure function of (seed, its index in the plan), so the output is
 * byte-identical for a seed whatever the thread count. A resumed session re-creates the replayed
 * groups of its parent file from the parent's seed instead of reading the parent back.
 *
 * <p>{@code DIR/corpus.json} records what was written and the token totals a parser following
 * SPEC §3 must report per source (after deduplication), so a benchmark run can check totals
 * against ground truth, not only against other tools.
 */
public final class GenerateCorpus {

    public static void main(String[] argv) throws Exception {
        Options options = Options.parse(argv);
        long started = System.nanoTime();
        Plan plan = Plan.of(options);
        Manifest manifest = new Manifest(options, plan.targetBytes);
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<FileStats>> results = new ArrayList<>();
            for (FileJob job : plan.jobsLargestFirst()) {
                results.add(pool.submit(() -> job.write(options.out)));
            }
            for (Future<FileStats> result : results) {
                manifest.add(result.get());
            }
        } finally {
            pool.shutdown();
        }
        Files.writeString(options.out.resolve("corpus.json"), manifest.toJson());
        System.err.printf("GenerateCorpus: %s/%s seed %d: %d files, %.1f MB in %.1f s -> %s%n",
                options.shape, options.size, options.seed, manifest.totalFiles(),
                manifest.totalBytes() / 1e6, (System.nanoTime() - started) / 1e9, options.out);
    }

    // ------------------------------------------------------------------------------------------
    // Command line

    record Options(String shape, String size, long seed, Path out) {
        static Options parse(String[] argv) {
            String shape = "real", size = "S", out = null;
            long seed = 42;
            for (int i = 0; i < argv.length; i++) {
                String value = i + 1 < argv.length ? argv[i + 1] : null;
                switch (argv[i]) {
                    case "--shape" -> { shape = value; i++; }
                    case "--size" -> { size = value; i++; }
                    case "--seed" -> { seed = Long.parseLong(value); i++; }
                    case "--out" -> { out = value; i++; }
                    default -> usage("unknown argument " + argv[i]);
                }
            }
            if (!shape.equals("real") && !shape.equals("dense")) usage("--shape must be real or dense");
            if (!size.matches("[SML]")) usage("--size must be S, M or L");
            if (out == null) usage("--out DIR is required");
            return new Options(shape, shape.equals("dense") ? "D" : size, seed, Path.of(out));
        }

        private static void usage(String problem) {
            System.err.println("GenerateCorpus: " + problem);
            System.err.println("usage: java bench/GenerateCorpus.java --shape real|dense --size S|M|L --seed N --out DIR");
            System.exit(2);
        }

        boolean dense() {
            return shape.equals("dense");
        }
    }

    // ------------------------------------------------------------------------------------------
    // The plan: which files exist, how big, with which seed. Cheap and sequential; the writing
    // is parallel.

    interface FileJob {
        /** Bytes the plan expects; only used to schedule the largest files first. */
        long plannedBytes();

        FileStats write(Path home) throws IOException;
    }

    static final class Plan {
        final long targetBytes;
        final List<FileJob> jobs = new ArrayList<>();

        private Plan(long targetBytes) {
            this.targetBytes = targetBytes;
        }

        static Plan of(Options options) {
            long target = switch (options.size) {
                case "S" -> 70_000_000L;
                case "M" -> 400_000_000L;
                case "L" -> 1_250_000_000L;
                default -> 250_000_000L; // dense
            };
            Plan plan = new Plan(target);
            SplittableRandom planRandom = new SplittableRandom(options.seed);
            if (options.dense()) {
                plan.addClaude(planRandom, (long) (target * 0.90), true);
                plan.addCodex(planRandom, (long) (target * 0.10), true);
                return plan;
            }
            // Fixed-size parts first (they do not grow with the size class), the rest shared out
            // roughly like a heavy user's disk: mostly Claude, then Codex, then Gemini.
            plan.jobs.add(new CursorCsv(planRandom.nextLong(), 50_000));
            plan.addOpenCode(planRandom, 10_000);
            long rest = target - 5_300_000L - 7_000_000L;
            plan.addClaude(planRandom, (long) (rest * 0.84), false);
            plan.addCodex(planRandom, (long) (rest * 0.11), false);
            plan.addGemini(planRandom, (long) (rest * 0.05));
            return plan;
        }

        List<FileJob> jobsLargestFirst() {
            List<FileJob> sorted = new ArrayList<>(jobs);
            sorted.sort(Comparator.comparingLong(FileJob::plannedBytes).reversed());
            return sorted;
        }

        /**
         * Claude session sizes: stratified quantiles of a log-linear interpolation through the
         * real distribution's quantiles, so every size class has the same shape (a 20 MB file
         * needs a few thousand files to be drawn; smaller classes top out lower).
         */
        private void addClaude(SplittableRandom random, long budget, boolean dense) {
            double[] quantiles = {0.0, 0.5, 0.9, 0.99, 1.0};
            double[] sizes = dense
                    ? new double[] {400_000, 2_000_000, 5_000_000, 8_000_000, 10_000_000}
                    : new double[] {1_500, 100_000, 650_000, 5_000_000, 20_000_000};
            double mean = 0;
            int steps = 100_000;
            for (int i = 0; i < steps; i++) mean += quantile(quantiles, sizes, (i + 0.5) / steps);
            mean /= steps;
            int count = (int) Math.max(3, Math.round(budget / mean));
            double scale = budget / (mean * count);
            long[] fileSizes = new long[count];
            for (int i = 0; i < count; i++) {
                fileSizes[i] = Math.round(quantile(quantiles, sizes, (i + 0.5) / count) * scale);
            }
            shuffle(fileSizes, random);
            int projects = Math.max(3, count / 12);
            List<ClaudeSession> sessions = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String project = "-home-dev-" + WORDS[i % projects % WORDS.length] + "-" + (i % projects);
                ClaudeSession parent = sessions.isEmpty() ? null : sessions.get(sessions.size() - 1);
                ClaudeSession session;
                double roll = random.nextDouble();
                if (!dense && parent != null && parent.agentOf == null && roll < 0.12) {
                    // A sub-agent transcript in <session>/subagents/ (Claude Code 2.1.3+).
                    session = ClaudeSession.subagent(random.nextLong(), fileSizes[i], parent);
                } else {
                    ClaudeSession resumedFrom = null;
                    if (!dense && parent != null && parent.agentOf == null && roll < 0.20) {
                        resumedFrom = parent; // replays the start of the previous session
                    }
                    session = ClaudeSession.main(random.nextLong(), fileSizes[i], project, resumedFrom, dense);
                }
                sessions.add(session);
                jobs.add(session);
            }
        }

        private void addCodex(SplittableRandom random, long budget, boolean dense) {
            long written = 0;
            int index = 0;
            while (written < budget) {
                long size = dense ? 2_000_000 + random.nextLong(3_000_000)
                        : (long) Math.min(8_000_000, 150_000 * Math.exp(1.1 * gaussian(random)));
                size = Math.min(size, Math.max(20_000, budget - written));
                jobs.add(new CodexRollout(random.nextLong(), size, index++, dense));
                written += size;
            }
        }

        private void addGemini(SplittableRandom random, long budget) {
            long written = 0;
            int index = 0;
            while (written < budget) {
                long size = (long) Math.min(3_000_000, 50_000 * Math.exp(1.0 * gaussian(random)));
                size = Math.min(size, Math.max(5_000, budget - written));
                jobs.add(new GeminiSession(random.nextLong(), size, index++, random.nextDouble() < 0.2));
                written += size;
            }
        }

        private void addOpenCode(SplittableRandom random, int files) {
            int written = 0;
            int session = 0;
            while (written < files) {
                int messages = Math.min(files - written, 4 + random.nextInt(37));
                jobs.add(new OpenCodeSession(random.nextLong(), session++, messages));
                written += messages;
            }
        }

        static double quantile(double[] qs, double[] values, double u) {
            for (int i = 1; i < qs.length; i++) {
                if (u <= qs[i]) {
                    double f = (u - qs[i - 1]) / (qs[i] - qs[i - 1]);
                    return Math.exp(Math.log(values[i - 1]) + f * (Math.log(values[i]) - Math.log(values[i - 1])));
                }
            }
            return values[values.length - 1];
        }

        static void shuffle(long[] values, SplittableRandom random) {
            for (int i = values.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                long t = values[i];
                values[i] = values[j];
                values[j] = t;
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // What a parser must find: token totals per source after deduplication (SPEC §3 buckets).

    static final class Expected {
        long input, output, cacheWrite, cacheRead, reasoning, messages;

        void add(long input, long output, long cacheWrite, long cacheRead, long reasoning) {
            this.input += input;
            this.output += output;
            this.cacheWrite += cacheWrite;
            this.cacheRead += cacheRead;
            this.reasoning += reasoning;
            this.messages++;
        }

        void addAll(Expected other) {
            input += other.input;
            output += other.output;
            cacheWrite += other.cacheWrite;
            cacheRead += other.cacheRead;
            reasoning += other.reasoning;
            messages += other.messages;
        }
    }

    /** What one job wrote. OpenCode sessions and the Cursor CSV are one "job" each. */
    static final class FileStats {
        final String source;
        final List<Long> fileSizes = new ArrayList<>();
        long lines, usageLines;
        final Expected expected = new Expected();
        /** Claude only: tokens of the main-chain streaming copies without requestId SPEC §3 drops. */
        final Expected noRequestIdCopies = new Expected();

        FileStats(String source) {
            this.source = source;
        }
    }

    static final class Manifest {
        private final Options options;
        private final long targetBytes;
        private final Map<String, List<FileStats>> bySource = new TreeMap<>();

        Manifest(Options options, long targetBytes) {
            this.options = options;
            this.targetBytes = targetBytes;
        }

        void add(FileStats stats) {
            bySource.computeIfAbsent(stats.source, s -> new ArrayList<>()).add(stats);
        }

        long totalFiles() {
            return bySource.values().stream().flatMap(List::stream).mapToLong(s -> s.fileSizes.size()).sum();
        }

        long totalBytes() {
            return bySource.values().stream().flatMap(List::stream)
                    .flatMap(s -> s.fileSizes.stream()).mapToLong(Long::longValue).sum();
        }

        String toJson() {
            StringBuilder json = new StringBuilder();
            json.append("{\n  \"generator\": \"bench/GenerateCorpus.java\",\n");
            json.append("  \"shape\": \"").append(options.shape).append("\",\n");
            json.append("  \"size\": \"").append(options.size).append("\",\n");
            json.append("  \"seed\": ").append(options.seed).append(",\n");
            json.append("  \"targetBytes\": ").append(targetBytes).append(",\n");
            json.append("  \"totalFiles\": ").append(totalFiles()).append(",\n");
            json.append("  \"totalBytes\": ").append(totalBytes()).append(",\n");
            json.append("  \"sources\": {");
            String comma = "\n";
            for (Map.Entry<String, List<FileStats>> entry : bySource.entrySet()) {
                long[] sizes = entry.getValue().stream().flatMap(s -> s.fileSizes.stream())
                        .mapToLong(Long::longValue).sorted().toArray();
                long lines = 0, usageLines = 0;
                Expected expected = new Expected();
                Expected noRequestId = new Expected();
                for (FileStats stats : entry.getValue()) {
                    lines += stats.lines;
                    usageLines += stats.usageLines;
                    expected.addAll(stats.expected);
                    noRequestId.addAll(stats.noRequestIdCopies);
                }
                json.append(comma).append("    \"").append(entry.getKey()).append("\": {\n");
                json.append("      \"files\": ").append(sizes.length).append(",\n");
                json.append("      \"bytes\": ").append(Arrays.stream(sizes).sum()).append(",\n");
                json.append("      \"lines\": ").append(lines).append(",\n");
                json.append("      \"usageLines\": ").append(usageLines).append(",\n");
                json.append("      \"fileSizes\": {\"p50\": ").append(pct(sizes, 0.50))
                        .append(", \"p90\": ").append(pct(sizes, 0.90))
                        .append(", \"p99\": ").append(pct(sizes, 0.99))
                        .append(", \"max\": ").append(sizes.length == 0 ? 0 : sizes[sizes.length - 1]).append("},\n");
                json.append("      \"expected\": {\"inputTokens\": ").append(expected.input)
                        .append(", \"outputTokens\": ").append(expected.output)
                        .append(", \"cacheWriteTokens\": ").append(expected.cacheWrite)
                        .append(", \"cacheReadTokens\": ").append(expected.cacheRead)
                        .append(", \"reasoningTokens\": ").append(expected.reasoning)
                        .append(", \"messages\": ").append(expected.messages).append("}");
                if (entry.getKey().equals("claude")) {
                    json.append(",\n      \"streamingCopiesWithoutRequestId\": ");
                    tokens(json, noRequestId);
                }
                json.append("\n    }");
                comma = ",\n";
            }
            return json.append("\n  }\n}\n").toString();
        }

        private static void tokens(StringBuilder json, Expected e) {
            json.append("{\"inputTokens\": ").append(e.input).append(", \"outputTokens\": ").append(e.output)
                    .append(", \"cacheWriteTokens\": ").append(e.cacheWrite).append(", \"cacheReadTokens\": ")
                    .append(e.cacheRead).append(", \"lines\": ").append(e.messages).append('}');
        }

        private static long pct(long[] sorted, double p) {
            if (sorted.length == 0) return 0;
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
        }
    }

    // ------------------------------------------------------------------------------------------
    // Buffered line writer: lines are built in a StringBuilder (all ASCII) and flushed in ~1 MB
    // blocks; fast enough to write 1.25 GB in well under a minute on one core.

    static final class LineSink implements AutoCloseable {
        private final OutputStream out;
        private final StringBuilder buffer = new StringBuilder(1 << 21);
        long bytes, lines;

        LineSink(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            this.out = Files.newOutputStream(file);
        }

        StringBuilder line() {
            return buffer;
        }

        void endLine() throws IOException {
            buffer.append('\n');
            lines++;
            if (buffer.length() >= 1 << 20) flush();
        }

        long size() {
            return bytes + buffer.length();
        }

        private void flush() throws IOException {
            byte[] block = buffer.toString().getBytes(StandardCharsets.ISO_8859_1);
            out.write(block);
            bytes += block.length;
            buffer.setLength(0);
        }

        private boolean closed;

        @Override
        public void close() throws IOException {
            if (closed) return;
            closed = true;
            flush();
            out.close();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Shared vocabulary: text pool, ids, timestamps.

    static final String[] WORDS = {
        "shop", "blog", "api", "infra", "mobile", "docs", "ml", "cli", "web", "game", "billing", "search",
        "auth", "etl", "dash", "sdk", "bot", "wiki", "chat", "ops"};

    /** ~1 MB of JSON-safe filler text (no quotes, no backslashes except "\n" escapes). */
    static final char[] TEXT = buildText();

    private static char[] buildText() {
        String[] vocabulary = ("the function returns a value when called with parameters and throws an error otherwise "
                + "import export const let var class interface public private static final void int long "
                + "src/main/java/dev/app/Service.java test passed failed build warning line column expected "
                + "actual result output input file directory module package dependency version update commit "
                + "branch merge request response status header body query table index column row select from "
                + "where order group limit async await promise callback handler listener event stream buffer").split(" ");
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder text = new StringBuilder(1 << 21);
        while (text.length() < (1 << 21)) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]);
            int r = random.nextInt(20);
            text.append(r == 0 ? "\\n" : r == 1 ? ". " : r == 2 ? ", " : r == 3 ? "();\\n    " : " ");
        }
        return text.toString().toCharArray();
    }

    /** Appends {@code length} filler characters; never ends inside a "\n" escape. */
    static void filler(StringBuilder out, SplittableRandom random, int length) {
        int half = TEXT.length / 2;
        while (length > 0) {
            int chunk = Math.min(length, half);
            int start = random.nextInt(half);
            int end = start + chunk;
            while (end > start && TEXT[end - 1] == '\\') end--; // do not cut an escape in half
            out.append(TEXT, start, end - start);
            length -= chunk;
        }
    }

    static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    static final char[] HEX = "0123456789abcdef".toCharArray();

    static String base62(SplittableRandom random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = BASE62[random.nextInt(62)];
        return new String(chars);
    }

    static String hex(SplittableRandom random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = HEX[random.nextInt(16)];
        return new String(chars);
    }

    static String uuid(SplittableRandom random) {
        return hex(random, 8) + "-" + hex(random, 4) + "-4" + hex(random, 3) + "-a" + hex(random, 3) + "-" + hex(random, 12);
    }

    static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DAY_PATH = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    static String iso(long epochMillis) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Sessions start between 2025-09-01 and 2026-10-31 (before "now" on the bench machine). */
    static long sessionStart(SplittableRandom random) {
        long from = 1_756_684_800_000L; // 2025-09-01T00:00:00Z
        long to = 1_793_404_800_000L;   // 2026-10-31T00:00:00Z
        return from + random.nextLong(to - from);
    }

    static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static int logNormal(SplittableRandom random, double median, double sigma, int max) {
        return (int) Math.min(max, Math.max(1, median * Math.exp(sigma * gaussian(random))));
    }

    static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ------------------------------------------------------------------------------------------
    // Claude Code: ~/.claude/projects/<slug>/<session>.jsonl (+ <session>/subagents/agent-*.jsonl)

    static final String[] CLAUDE_MODELS = {
        "claude-sonnet-4-5-20250929", "claude-sonnet-4-5-20250929", "claude-opus-4-5-20251101",
        "claude-haiku-4-5-20251001", "claude-opus-4-6", "claude-sonnet-4-6"};

    static final class ClaudeSession implements FileJob {
        final long seed;
        final long targetBytes;
        final String project;
        final String sessionId;
        final String cwd;
        final String version;
        final long start;
        final String model;
        final String switchModel;
        final int switchAt;
        final boolean dense;
        final ClaudeSession agentOf;      // non-null: a sub-agent transcript of that session
        final String agentId;
        final ClaudeSession resumedFrom;  // non-null: starts by replaying groups of that session
        final int replayedGroups;
        /** Set by the plan before writing: a resumed child replays this many of our groups. */
        int minGroups = 1;

        private ClaudeSession(long seed, long targetBytes, String project, ClaudeSession agentOf,
                ClaudeSession resumedFrom, boolean dense) {
            SplittableRandom random = new SplittableRandom(seed);
            this.seed = seed;
            this.targetBytes = targetBytes;
            this.project = project;
            this.agentOf = agentOf;
            this.dense = dense;
            this.sessionId = agentOf != null ? agentOf.sessionId : uuid(random);
            this.cwd = "/home/dev/" + project.substring("-home-dev-".length()).replace('-', '/');
            this.version = "2.1." + (3 + random.nextInt(200));
            this.start = agentOf != null ? agentOf.start + 60_000 : sessionStart(random);
            this.model = CLAUDE_MODELS[random.nextInt(CLAUDE_MODELS.length)];
            this.switchModel = CLAUDE_MODELS[random.nextInt(CLAUDE_MODELS.length)];
            this.switchAt = random.nextDouble() < 0.15 ? random.nextInt(50) : Integer.MAX_VALUE;
            this.agentId = agentOf != null ? "a" + hex(random, 16) : null;
            this.resumedFrom = resumedFrom;
            this.replayedGroups = resumedFrom == null ? 0 : 1 + random.nextInt(4);
            if (resumedFrom != null) resumedFrom.minGroups = Math.max(resumedFrom.minGroups, replayedGroups);
        }

        static ClaudeSession main(long seed, long bytes, String project, ClaudeSession resumedFrom, boolean dense) {
            return new ClaudeSession(seed, bytes, project, null, resumedFrom, dense);
        }

        static ClaudeSession subagent(long seed, long bytes, ClaudeSession parent) {
            return new ClaudeSession(seed, bytes, parent.project, parent, null, false);
        }

        @Override
        public long plannedBytes() {
            return targetBytes;
        }

        Path path(Path home) {
            Path projectDir = home.resolve(".claude/projects").resolve(project);
            if (agentOf != null) {
                return projectDir.resolve(agentOf.sessionId).resolve("subagents").resolve("agent-" + agentId + ".jsonl");
            }
            return projectDir.resolve(sessionId + ".jsonl");
        }

        @Override
        public FileStats write(Path home) throws IOException {
            FileStats stats = new FileStats("claude");
            try (LineSink sink = new LineSink(path(home))) {
                int group = 0;
                // A resumed session first repeats its parent's opening turns, byte for byte:
                // those messages were counted in the parent file and must not count again.
                for (int g = 0; g < replayedGroups; g++) {
                    resumedFrom.writeGroup(sink, g, null, stats);
                }
                while (sink.size() < targetBytes || group < minGroups) {
                    writeGroup(sink, group++, stats.expected, stats);
                }
                stats.lines = sink.lines;
                sink.close();
                stats.fileSizes.add(sink.bytes);
            }
            return stats;
        }

        /**
         * One turn: an optional user prompt, one API response written as 1–4 streaming lines,
         * then (real shape) four non-usage lines per usage line — tool results, file-history
         * snapshots, queue operations, hook progress, system records.
         */
        void writeGroup(LineSink sink, int index, Expected expected, FileStats stats) throws IOException {
            SplittableRandom random = new SplittableRandom(mix(seed, index));
            long time = start + index * 41_000L + random.nextInt(30_000);
            String groupModel = index >= switchAt ? switchModel : model;
            String parent = uuid(random);
            int usageLines;
            boolean prompted = !dense && random.nextDouble() < 0.3;
            if (prompted) {
                userPrompt(sink.line(), random, parent, time - 5_000);
                sink.endLine();
            }
            if (random.nextDouble() < 0.004) {
                synthetic(sink.line(), random, parent, time);
                sink.endLine();
                usageLines = 1;
            } else {
                int copies = pick(random, new double[] {0.45, 0.30, 0.15, 0.10}) + 1;
                String messageId = "msg_01" + base62(random, 22);
                String requestId = random.nextDouble() < 0.03 ? null : "req_011C" + base62(random, 20);
                long input = random.nextDouble() < 0.8 ? 1 + random.nextInt(9) : random.nextInt(40_000);
                long cacheRead = random.nextDouble() < 0.1 ? 0 : 10_000 + random.nextInt(180_000);
                long cacheWrite = random.nextDouble() < 0.3 ? 0 : random.nextInt(25_000);
                long oneHour = random.nextDouble() < 0.4 ? cacheWrite : 0;
                long output = 1 + logNormal(random, 300, 1.2, 32_000);
                boolean partial = random.nextDouble() < 0.3;
                for (int c = 0; c < copies; c++) {
                    boolean last = c == copies - 1;
                    long lineOutput = last || !partial ? output : 1 + random.nextInt((int) Math.min(output, 40));
                    assistant(sink.line(), random, parent, time + c * 300L, groupModel, messageId, requestId,
                            input, lineOutput, cacheWrite, oneHour, cacheRead, c, last);
                    sink.endLine();
                    // ccusage 20 keys main-chain lines without requestId by the line itself (its
                    // uuid/timestamp), so it counts every streaming copy, not only the one SPEC §3
                    // keeps; a resumed session's byte-identical replay and sidechain copies
                    // (collapsed by message.id) it does not count again. Measured; docs/benchmarks.md.
                    if (requestId == null && expected != null && !last && agentOf == null) {
                        stats.noRequestIdCopies.add(input, lineOutput, cacheWrite, cacheRead, 0);
                    }
                }
                usageLines = copies;
                if (expected != null) expected.add(input, output, cacheWrite, cacheRead, 0);
            }
            stats.usageLines += usageLines;
            if (dense) return;
            // Four non-usage lines per usage line keeps "about a fifth of lines carry usage".
            for (int n = prompted ? 1 : 0; n < 4 * usageLines; n++) {
                double kind = random.nextDouble();
                StringBuilder line = sink.line();
                if (kind < 0.50) toolResult(line, random, parent, time + 2_000);
                else if (kind < 0.65) fileSnapshot(line, random, time + 2_500);
                else if (kind < 0.85) queueOperation(line, random, time + 3_000);
                else if (kind < 0.95) hookProgress(line, random, parent, time + 2_200);
                else systemRecord(line, random, parent, time + 4_000);
                sink.endLine();
            }
        }

        private void envelope(StringBuilder line, String parent, boolean sidechain) {
            line.append("{\"parentUuid\":\"").append(parent).append("\",\"isSidechain\":").append(sidechain || agentOf != null)
                    .append(",\"userType\":\"external\",\"cwd\":\"").append(cwd)
                    .append("\",\"sessionId\":\"").append(sessionId).append("\",\"version\":\"").append(version)
                    .append("\",\"gitBranch\":\"main\"");
            if (agentOf != null) line.append(",\"agentId\":\"").append(agentId).append('"');
        }

        private void userPrompt(StringBuilder line, SplittableRandom random, String parent, long time) {
            envelope(line, parent, false);
            line.append(",\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":\"");
            filler(line, random, logNormal(random, 200, 1.0, 8_000));
            line.append("\"},\"uuid\":\"").append(uuid(random)).append("\",\"timestamp\":\"").append(iso(time))
                    .append("\",\"permissionMode\":\"default\"}");
        }

        private void assistant(StringBuilder line, SplittableRandom random, String parent, long time, String model,
                String messageId, String requestId, long input, long output, long cacheWrite, long oneHour,
                long cacheRead, int block, boolean last) {
            envelope(line, parent, false);
            line.append(",\"message\":{\"model\":\"").append(model).append("\",\"id\":\"").append(messageId)
                    .append("\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[");
            int kind = block == 0 && random.nextDouble() < 0.4 ? 0 : last && random.nextDouble() < 0.6 ? 2 : 1;
            if (kind == 0) {
                line.append("{\"type\":\"thinking\",\"thinking\":\"");
                filler(line, random, logNormal(random, 400, 1.0, 6_000));
                line.append("\",\"signature\":\"").append(base62(random, 200)).append("\"}");
            } else if (kind == 1) {
                line.append("{\"type\":\"text\",\"text\":\"");
                filler(line, random, logNormal(random, 250, 1.0, 6_000));
                line.append("\"}");
            } else {
                line.append("{\"type\":\"tool_use\",\"id\":\"toolu_01").append(base62(random, 22))
                        .append("\",\"name\":\"Edit\",\"input\":{\"file_path\":\"").append(cwd).append("/src/main.ts\",\"old_string\":\"");
                filler(line, random, logNormal(random, 300, 1.0, 6_000));
                line.append("\",\"new_string\":\"");
                filler(line, random, logNormal(random, 300, 1.0, 6_000));
                line.append("\"}}");
            }
            line.append("],\"stop_reason\":").append(last ? "\"tool_use\"" : "null")
                    .append(",\"stop_sequence\":null,\"usage\":{\"input_tokens\":").append(input)
                    .append(",\"cache_creation_input_tokens\":").append(cacheWrite)
                    .append(",\"cache_read_input_tokens\":").append(cacheRead)
                    .append(",\"cache_creation\":{\"ephemeral_5m_input_tokens\":").append(cacheWrite - oneHour)
                    .append(",\"ephemeral_1h_input_tokens\":").append(oneHour)
                    .append("},\"output_tokens\":").append(output)
                    .append(",\"service_tier\":\"standard\",\"server_tool_use\":{\"web_search_requests\":0,\"web_fetch_requests\":0}}}");
            if (requestId != null) line.append(",\"requestId\":\"").append(requestId).append('"');
            line.append(",\"type\":\"assistant\",\"uuid\":\"").append(uuid(random)).append("\",\"timestamp\":\"")
                    .append(iso(time)).append("\"}");
        }

        /** A local API-error record: model {@code <synthetic>}, all-zero usage (dropped by SPEC §3). */
        private void synthetic(StringBuilder line, SplittableRandom random, String parent, long time) {
            envelope(line, parent, false);
            line.append(",\"message\":{\"id\":\"").append(uuid(random))
                    .append("\",\"container\":null,\"model\":\"<synthetic>\",\"role\":\"assistant\",\"stop_reason\":\"stop_sequence\",\"stop_sequence\":\"\",\"type\":\"message\",")
                    .append("\"usage\":{\"input_tokens\":0,\"output_tokens\":0,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,")
                    .append("\"server_tool_use\":{\"web_search_requests\":0,\"web_fetch_requests\":0},\"service_tier\":null},")
                    .append("\"content\":[{\"type\":\"text\",\"text\":\"API Error: 529 overloaded\"}]},\"type\":\"assistant\",\"uuid\":\"")
                    .append(uuid(random)).append("\",\"timestamp\":\"").append(iso(time)).append("\",\"isApiErrorMessage\":true}");
        }

        private void toolResult(StringBuilder line, SplittableRandom random, String parent, long time) {
            envelope(line, parent, false);
            String toolId = "toolu_01" + base62(random, 22);
            int size = logNormal(random, 800, 1.3, 600_000);
            line.append(",\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[{\"tool_use_id\":\"").append(toolId)
                    .append("\",\"type\":\"tool_result\",\"content\":\"");
            filler(line, random, size);
            line.append("\",\"is_error\":false}]},\"uuid\":\"").append(uuid(random)).append("\",\"timestamp\":\"").append(iso(time))
                    .append("\",\"toolUseResult\":{\"stdout\":\"");
            filler(line, random, size / 3);
            line.append("\",\"stderr\":\"\",\"interrupted\":false,\"isImage\":false},\"sourceToolAssistantUUID\":\"")
                    .append(parent).append("\"}");
        }

        private void fileSnapshot(StringBuilder line, SplittableRandom random, long time) {
            String messageId = uuid(random);
            line.append("{\"type\":\"file-history-snapshot\",\"messageId\":\"").append(messageId)
                    .append("\",\"snapshot\":{\"messageId\":\"").append(messageId).append("\",\"trackedFileBackups\":{");
            int files = random.nextInt(40);
            for (int f = 0; f < files; f++) {
                if (f > 0) line.append(',');
                line.append("\"src/").append(WORDS[random.nextInt(WORDS.length)]).append('/').append(hex(random, 6))
                        .append(".ts\":{\"backupFileName\":\"").append(hex(random, 16)).append("@v").append(1 + random.nextInt(9))
                        .append("\",\"version\":").append(1 + random.nextInt(9)).append(",\"backupTime\":\"").append(iso(time)).append("\"}");
            }
            line.append("},\"timestamp\":\"").append(iso(time)).append("\"},\"isSnapshotUpdate\":").append(random.nextBoolean()).append('}');
        }

        private void queueOperation(StringBuilder line, SplittableRandom random, long time) {
            line.append("{\"type\":\"queue-operation\",\"operation\":\"").append(random.nextBoolean() ? "enqueue" : "dequeue")
                    .append("\",\"timestamp\":\"").append(iso(time)).append("\",\"sessionId\":\"").append(sessionId)
                    .append("\",\"content\":\"");
            filler(line, random, logNormal(random, 600, 1.0, 20_000));
            line.append("\"}");
        }

        private void hookProgress(StringBuilder line, SplittableRandom random, String parent, long time) {
            envelope(line, parent, false);
            String toolId = "toolu_01" + base62(random, 22);
            line.append(",\"type\":\"progress\",\"data\":{\"type\":\"hook_progress\",\"hookEvent\":\"PostToolUse\",\"hookName\":\"PostToolUse:Edit\",\"command\":\"")
                    .append("${CLAUDE_PLUGIN_ROOT}/hooks/format.sh\"},\"toolUseID\":\"").append(toolId)
                    .append("\",\"parentToolUseID\":\"").append(toolId).append("\",\"uuid\":\"").append(uuid(random))
                    .append("\",\"timestamp\":\"").append(iso(time)).append("\"}");
        }

        private void systemRecord(StringBuilder line, SplittableRandom random, String parent, long time) {
            envelope(line, parent, false);
            line.append(",\"type\":\"system\",\"subtype\":\"turn_duration\",\"durationMs\":").append(1_000 + random.nextInt(300_000))
                    .append(",\"timestamp\":\"").append(iso(time)).append("\",\"uuid\":\"").append(uuid(random))
                    .append("\",\"isMeta\":false}");
        }
    }

    static int pick(SplittableRandom random, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) return i;
        }
        return weights.length - 1;
    }

    // ------------------------------------------------------------------------------------------
    // Codex CLI: ~/.codex/sessions/YYYY/MM/DD/rollout-<stamp>-<uuid>.jsonl

    static final String[] CODEX_MODELS = {"gpt-5-codex", "gpt-5.1-codex", "gpt-5.1-codex-max", "gpt-5.2-codex", "gpt-5.1"};

    record CodexRollout(long seed, long targetBytes, int index, boolean dense) implements FileJob {
        @Override
        public long plannedBytes() {
            return targetBytes;
        }

        @Override
        public FileStats write(Path home) throws IOException {
            SplittableRandom random = new SplittableRandom(seed);
            FileStats stats = new FileStats("codex");
            long time = sessionStart(random);
            String id = "019" + hex(random, 5) + "-" + hex(random, 4) + "-7" + hex(random, 3) + "-8" + hex(random, 3) + "-" + hex(random, 12);
            String folder = index % 10 == 9 ? "archived_sessions" : "sessions/" + DAY_PATH.format(Instant.ofEpochMilli(time));
            Path file = home.resolve(".codex").resolve(folder)
                    .resolve("rollout-" + FILE_STAMP.format(Instant.ofEpochMilli(time)) + "-" + id + ".jsonl");
            String cwd = "/home/dev/" + WORDS[random.nextInt(WORDS.length)];
            String model = CODEX_MODELS[random.nextInt(CODEX_MODELS.length)];
            long[] total = new long[4]; // input, cached, output, reasoning — cumulative
            try (LineSink sink = new LineSink(file)) {
                sink.line().append("{\"timestamp\":\"").append(iso(time)).append("\",\"type\":\"session_meta\",\"payload\":{\"id\":\"")
                        .append(id).append("\",\"timestamp\":\"").append(iso(time)).append("\",\"cwd\":\"").append(cwd)
                        .append("\",\"originator\":\"codex_cli_rs\",\"cli_version\":\"0.98.0\",\"source\":\"cli\",\"model_provider\":\"openai\",\"base_instructions\":{\"text\":\"");
                filler(sink.line(), random, dense ? 200 : 12_000);
                sink.line().append("\"}}}");
                sink.endLine();
                int turn = 0;
                while (sink.size() < targetBytes) {
                    time += 20_000 + random.nextInt(120_000);
                    if (turn > 0 && random.nextDouble() < 0.03) model = CODEX_MODELS[random.nextInt(CODEX_MODELS.length)];
                    turnContext(sink, time, cwd, model);
                    if (!dense) conversation(sink, random, time);
                    int calls = 1 + random.nextInt(dense ? 40 : 4);
                    for (int c = 0; c < calls; c++) {
                        long[] last = {
                            2_000 + random.nextInt(120_000), 0, 20 + logNormal(random, 400, 1.1, 30_000), 0};
                        last[1] = random.nextDouble() < 0.1 ? 0 : (long) (last[0] * (0.5 + 0.5 * random.nextDouble()));
                        last[3] = random.nextDouble() < 0.3 ? 0 : (long) (last[2] * random.nextDouble() * 0.8);
                        for (int k = 0; k < 4; k++) total[k] += last[k];
                        if (!dense && random.nextDouble() < 0.5) rateLimitsOnly(sink, time);
                        tokenCount(sink, time, total, last);
                        stats.usageLines++;
                        stats.expected.add(last[0] - last[1], last[2] - last[3], 0, last[1], last[3]);
                        // Codex often logs the same totals again (an unchanged counter): a repeat.
                        while (random.nextDouble() < 0.3) {
                            tokenCount(sink, time + 50, total, last);
                            stats.usageLines++;
                        }
                        if (!dense) toolCall(sink, random, time + 1_000);
                    }
                    turn++;
                }
                stats.lines = sink.lines;
                sink.close();
                stats.fileSizes.add(sink.bytes);
            }
            return stats;
        }

        private static void turnContext(LineSink sink, long time, String cwd, String model) throws IOException {
            sink.line().append("{\"timestamp\":\"").append(iso(time)).append("\",\"type\":\"turn_context\",\"payload\":{\"cwd\":\"")
                    .append(cwd).append("\",\"approval_policy\":\"on-request\",\"sandbox_policy\":{\"type\":\"workspace-write\"},\"model\":\"")
                    .append(model).append("\",\"effort\":\"medium\",\"summary\":\"auto\"}}");
            sink.endLine();
        }

        private static void conversation(LineSink sink, SplittableRandom random, long time) throws IOException {
            sink.line().append("{\"timestamp\":\"").append(iso(time)).append("\",\"type\":\"event_msg\",\"payload\":{\"type\":\"user_message\",\"message\":\"");
            filler(sink.line(), random, logNormal(random, 300, 1.0, 10_000));
            sink.line().append("\",\"images\":[]}}");
            sink.endLine();
            sink.line().append("{\"timestamp\":\"").append(iso(time)).append("\",\"type\":\"response_item\",\"payload\":{\"type\":\"reasoning\",\"summary\":[],\"content\":null,\"encrypted_content\":\"")
                    .append(base62(random, logNormal(random, 2_000, 0.8, 40_000))).append("\"}}");
            sink.endLine();
        }

        private static void toolCall(LineSink sink, SplittableRandom random, long time) throws IOException {
            String callId = "call_" + base62(random, 24);
            sink.line().append("{\"timestamp\":\"").append(iso(time)).append("\",\"type\":\"response_item\",\"payload\":{\"type\":\"function_call\",\"name\":\"shell\",\"arguments\":\"{\\\"command\\\":[\\\"bash\\\",\\\"-lc\\\",\\\"rg -n main src\\\"]}\",\"call_id\":\"")
                    .append(callId).append("\"}}");
            sink.endLine();
            sink.line().append("{\"timestamp\":\"").append(iso(time + 900)).append("\",\"type\":\"response_item\",\"payload\":{\"type\":\"function_call_output\",\"call_id\":\"")
                    .append(callId).append("\",\"output\":\"");
            filler(sink.line(), random, logNormal(random, 4_000, 1.3, 400_000));
            sink.line().append("\"}}");
            sink.endLine();
        }

        private static void rateLimitsOnly(LineSink sink, long time) throws IOException {
            sink.line().append("{\"timestamp\":\"").append(iso(time)).append("\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":null,\"rate_limits\":{\"primary\":{\"used_percent\":12.0,\"window_minutes\":300,\"resets_at\":1766688334},\"secondary\":{\"used_percent\":3.0,\"window_minutes\":10080,\"resets_at\":1767000000},\"credits\":null,\"plan_type\":null}}}");
            sink.endLine();
        }

        private static void tokenCount(LineSink sink, long time, long[] total, long[] last) throws IOException {
            StringBuilder line = sink.line();
            line.append("{\"timestamp\":\"").append(iso(time + 800)).append("\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":{\"total_token_usage\":");
            usage(line, total);
            line.append(",\"last_token_usage\":");
            usage(line, last);
            line.append(",\"model_context_window\":272000},\"rate_limits\":{\"primary\":{\"used_percent\":14.0,\"window_minutes\":300,\"resets_at\":1766688334},\"secondary\":null,\"credits\":null,\"plan_type\":null}}}");
            sink.endLine();
        }

        private static void usage(StringBuilder line, long[] u) {
            line.append("{\"input_tokens\":").append(u[0]).append(",\"cached_input_tokens\":").append(u[1])
                    .append(",\"output_tokens\":").append(u[2]).append(",\"reasoning_output_tokens\":").append(u[3])
                    .append(",\"total_tokens\":").append(u[0] + u[2]).append('}');
        }
    }

    // ------------------------------------------------------------------------------------------
    // Gemini CLI: ~/.gemini/tmp/<project>/chats/session-<stamp>-<id8>.jsonl (and older .json)

    static final String[] GEMINI_MODELS = {"gemini-2.5-pro", "gemini-2.5-flash", "gemini-3-flash-preview", "gemini-3-pro-preview"};

    record GeminiSession(long seed, long targetBytes, int index, boolean singleDocument) implements FileJob {
        @Override
        public long plannedBytes() {
            return targetBytes;
        }

        @Override
        public FileStats write(Path home) throws IOException {
            SplittableRandom random = new SplittableRandom(seed);
            FileStats stats = new FileStats("gemini");
            long time = sessionStart(random);
            String sessionId = uuid(random);
            String project = WORDS[index % WORDS.length] + "-" + (index % 7);
            String stamp = FILE_STAMP.format(Instant.ofEpochMilli(time)).substring(0, 16);
            Path file = home.resolve(".gemini/tmp").resolve(project).resolve("chats")
                    .resolve("session-" + stamp + "-" + sessionId.substring(0, 8) + (singleDocument ? ".json" : ".jsonl"));
            String model = GEMINI_MODELS[random.nextInt(GEMINI_MODELS.length)];
            try (LineSink sink = new LineSink(file)) {
                StringBuilder header = sink.line().append("{\"sessionId\":\"").append(sessionId).append("\",\"projectHash\":\"")
                        .append(hex(random, 64)).append("\",\"startTime\":\"").append(iso(time)).append("\",\"lastUpdated\":\"")
                        .append(iso(time)).append('"');
                if (singleDocument) {
                    header.append(",\"messages\":[");
                } else {
                    header.append(",\"kind\":\"main\"}");
                    sink.endLine();
                }
                boolean first = true;
                while (sink.size() < targetBytes) {
                    time += 10_000 + random.nextInt(100_000);
                    if (singleDocument && !first) sink.line().append(',');
                    first = false;
                    message(sink.line(), random, uuid(random), time, "user", null, null, 0);
                    if (!singleDocument) {
                        sink.endLine();
                        sink.line().append("{\"$set\":{\"lastUpdated\":\"").append(iso(time)).append("\"}}");
                        sink.endLine();
                    }
                    String id = uuid(random);
                    long[] tokens = tokens(random);
                    if (singleDocument) {
                        sink.line().append(',');
                        message(sink.line(), random, id, time + 5_000, "gemini", model, tokens, 1);
                        stats.usageLines++;
                    } else {
                        // The CLI writes a reply as soon as it starts, then re-writes the same id
                        // with tokens, then again when tool results arrive (more output): the
                        // last copy is the message.
                        message(sink.line(), random, id, time + 5_000, "gemini", model, null, 0);
                        sink.endLine();
                        long[] partial = tokens.clone();
                        partial[1] = Math.max(1, tokens[1] / 3);
                        partial[5] = partial[0] + partial[1] + partial[3] + partial[4];
                        message(sink.line(), random, id, time + 5_000, "gemini", model, partial, 1);
                        sink.endLine();
                        message(sink.line(), random, id, time + 5_000, "gemini", model, tokens, 4);
                        sink.endLine();
                        sink.line().append("{\"$set\":{\"lastUpdated\":\"").append(iso(time + 6_000)).append("\"}}");
                        sink.endLine();
                        stats.usageLines += 2;
                    }
                    stats.expected.add(tokens[0] - tokens[2] + tokens[4], tokens[1], 0, tokens[2], tokens[3]);
                }
                if (singleDocument) {
                    sink.line().append("]}");
                    sink.endLine();
                }
                stats.lines = singleDocument ? 0 : sink.lines;
                sink.close();
                stats.fileSizes.add(sink.bytes);
            }
            return stats;
        }

        /** input, output, cached (part of input), thoughts, tool, total. */
        private static long[] tokens(SplittableRandom random) {
            long input = 3_000 + random.nextInt(150_000);
            long cached = random.nextDouble() < 0.3 ? 0 : (long) (input * 0.9 * random.nextDouble());
            long output = 5 + logNormal(random, 200, 1.1, 20_000);
            long thoughts = random.nextDouble() < 0.4 ? 0 : random.nextInt(2_000);
            long tool = random.nextDouble() < 0.8 ? 0 : random.nextInt(500);
            return new long[] {input, output, cached, thoughts, tool, input + output + thoughts + tool};
        }

        private static void message(StringBuilder line, SplittableRandom random, String id, long time, String type,
                String model, long[] tokens, int toolCalls) {
            line.append("{\"id\":\"").append(id).append("\",\"timestamp\":\"").append(iso(time)).append("\",\"type\":\"")
                    .append(type).append("\",\"content\":");
            if (type.equals("user")) {
                line.append("[{\"text\":\"");
                filler(line, random, logNormal(random, 300, 1.0, 20_000));
                line.append("\"}]}");
                return;
            }
            line.append('"');
            filler(line, random, tokens == null ? 0 : logNormal(random, 400, 1.0, 20_000));
            line.append("\",\"thoughts\":[");
            if (tokens != null && tokens[3] > 0) {
                line.append("{\"subject\":\"Planning\",\"description\":\"");
                filler(line, random, logNormal(random, 500, 0.8, 10_000));
                line.append("\",\"timestamp\":\"").append(iso(time)).append("\"}");
            }
            line.append(']');
            if (tokens != null) {
                line.append(",\"tokens\":{\"input\":").append(tokens[0]).append(",\"output\":").append(tokens[1])
                        .append(",\"cached\":").append(tokens[2]).append(",\"thoughts\":").append(tokens[3])
                        .append(",\"tool\":").append(tokens[4]).append(",\"total\":").append(tokens[5]).append('}');
            }
            line.append(",\"model\":\"").append(model).append('"');
            if (toolCalls > 1) {
                line.append(",\"toolCalls\":[");
                for (int t = 0; t < toolCalls - 1; t++) {
                    if (t > 0) line.append(',');
                    line.append("{\"id\":\"run_shell_command_").append(time).append('_').append(t)
                            .append("\",\"name\":\"run_shell_command\",\"args\":{\"command\":\"git status\"},\"result\":[{\"functionResponse\":{\"response\":{\"output\":\"");
                    filler(line, random, logNormal(random, 3_000, 1.2, 200_000));
                    line.append("\"}}}],\"status\":\"success\",\"timestamp\":\"").append(iso(time)).append("\"}");
                }
                line.append(']');
            }
            line.append('}');
        }
    }

    // ------------------------------------------------------------------------------------------
    // OpenCode (≤ 1.1 JSON layout): ~/.local/share/opencode/storage/message/<ses>/<msg>.json

    static final String[][] OPENCODE_MODELS = {
        {"anthropic", "claude-sonnet-4-5"}, {"openai", "gpt-5.1"}, {"openrouter", "z-ai/glm-4.6"}, {"opencode", "glm-4.7-free"}};

    record OpenCodeSession(long seed, int index, int messages) implements FileJob {
        @Override
        public long plannedBytes() {
            return messages * 700L;
        }

        @Override
        public FileStats write(Path home) throws IOException {
            SplittableRandom random = new SplittableRandom(seed);
            FileStats stats = new FileStats("opencode");
            String session = "ses_" + hex(random, 12) + base62(random, 14);
            Path folder = home.resolve(".local/share/opencode/storage/message").resolve(session);
            Files.createDirectories(folder);
            long time = sessionStart(random);
            String[] model = OPENCODE_MODELS[random.nextInt(OPENCODE_MODELS.length)];
            String parent = null;
            StringBuilder json = new StringBuilder(4096);
            for (int m = 0; m < messages; m++) {
                time += 5_000 + random.nextInt(60_000);
                String id = "msg_" + hex(random, 12) + base62(random, 14);
                boolean assistant = m % 5 != 0; // mostly replies and tool steps, a prompt now and then
                json.setLength(0);
                json.append("{\n  \"id\": \"").append(id).append("\",\n  \"sessionID\": \"").append(session)
                        .append("\",\n  \"role\": \"").append(assistant ? "assistant" : "user")
                        .append("\",\n  \"time\": {\n    \"created\": ").append(time);
                if (assistant) {
                    long input = random.nextInt(30_000), output = 5 + logNormal(random, 300, 1.0, 20_000);
                    long reasoning = random.nextDouble() < 0.7 ? 0 : random.nextInt(1_500);
                    long read = random.nextDouble() < 0.2 ? 0 : random.nextInt(120_000);
                    long write = random.nextDouble() < 0.5 ? 0 : random.nextInt(10_000);
                    json.append(",\n    \"completed\": ").append(time + 3_000).append("\n  },\n  \"parentID\": \"").append(parent)
                            .append("\",\n  \"modelID\": \"").append(model[1]).append("\",\n  \"providerID\": \"").append(model[0])
                            .append("\",\n  \"mode\": \"build\",\n  \"agent\": \"build\",\n  \"path\": {\n    \"cwd\": \"/home/dev/")
                            .append(WORDS[index % WORDS.length]).append("\",\n    \"root\": \"/home/dev/").append(WORDS[index % WORDS.length])
                            .append("\"\n  },\n  \"cost\": ").append(model[1].endsWith("free") ? "0" : "0.00" + (1 + random.nextInt(9999)))
                            .append(",\n  \"tokens\": {\n    \"input\": ").append(input).append(",\n    \"output\": ").append(output)
                            .append(",\n    \"reasoning\": ").append(reasoning).append(",\n    \"cache\": {\n      \"read\": ").append(read)
                            .append(",\n      \"write\": ").append(write).append("\n    }\n  },\n  \"finish\": \"")
                            .append(random.nextBoolean() ? "tool-calls" : "stop").append("\"\n}");
                    stats.expected.add(input, output, write, read, reasoning);
                    stats.usageLines++;
                } else {
                    json.append("\n  },\n  \"summary\": {\n    \"title\": \"");
                    filler(json, random, logNormal(random, 60, 0.5, 200));
                    json.append("\",\n    \"diffs\": []\n  },\n  \"agent\": \"build\",\n  \"model\": {\n    \"providerID\": \"")
                            .append(model[0]).append("\",\n    \"modelID\": \"").append(model[1]).append("\"\n  }\n}");
                    parent = id;
                }
                byte[] bytes = json.toString().getBytes(StandardCharsets.ISO_8859_1); // no trailing newline, like OpenCode
                Files.write(folder.resolve(id + ".json"), bytes);
                stats.fileSizes.add((long) bytes.length);
            }
            return stats;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Cursor: the cached usage export, ~/.token-tracker/cursor-cache/usage.csv (newest first)

    static final String[] CURSOR_MODELS = {"auto", "claude-4.5-sonnet-thinking", "gpt-5", "composer-1", "claude-4.6-opus-max-thinking", "gpt-5-high"};
    static final String[] CURSOR_KINDS = {"Included", "Included", "Included", "Errored, No Charge", "Aborted, Not Charged"};

    record CursorCsv(long seed, int rows) implements FileJob {
        @Override
        public long plannedBytes() {
            return rows * 105L;
        }

        @Override
        public FileStats write(Path home) throws IOException {
            SplittableRandom random = new SplittableRandom(seed);
            FileStats stats = new FileStats("cursor");
            long time = 1_793_404_800_000L; // 2026-10-31, going back in time
            try (LineSink sink = new LineSink(home.resolve(".token-tracker/cursor-cache/usage.csv"))) {
                sink.line().append("Date,Kind,Model,Max Mode,Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output Tokens,Total Tokens,Cost");
                sink.endLine();
                for (int r = 0; r < rows; r++) {
                    time -= 1_000 + random.nextInt(1_200_000);
                    long write = random.nextDouble() < 0.5 ? 0 : random.nextInt(60_000);
                    long input = random.nextInt(20_000), read = random.nextInt(600_000), output = random.nextInt(8_000);
                    sink.line().append('"').append(iso(time)).append("\",\"").append(CURSOR_KINDS[random.nextInt(CURSOR_KINDS.length)])
                            .append("\",\"").append(CURSOR_MODELS[random.nextInt(CURSOR_MODELS.length)]).append("\",\"")
                            .append(random.nextDouble() < 0.1 ? "Yes" : "No").append("\",\"").append(write).append("\",\"").append(input)
                            .append("\",\"").append(read).append("\",\"").append(output).append("\",\"").append(write + input + read + output)
                            .append("\",\"").append(random.nextInt(100) / 100.0).append('"');
                    sink.endLine();
                    stats.expected.add(input, output, write, read, 0);
                    stats.usageLines++;
                }
                stats.lines = sink.lines;
                sink.close();
                stats.fileSizes.add(sink.bytes);
            }
            return stats;
        }
    }
}
