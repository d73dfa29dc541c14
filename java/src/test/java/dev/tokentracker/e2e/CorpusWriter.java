package dev.tokentracker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a generated home with all five sources, shaped like the real logs (a Claude transcript
 * with user lines and streamed copies of each response, Codex rollouts with cumulative
 * counters, Gemini sessions, OpenCode message files, a Cursor export), of any size and always the
 * same bytes for the same seed and size. The end-to-end suite reads a small one; the overlap
 * benchmark ({@code bench/overlap.sh}) a large one, through {@link #main}.
 *
 * <p>Unlike {@code testing.RandomHome} it is not adversarial: it is what a heavy user's disk
 * looks like, with a sprinkling of malformed lines and one unpriced model.
 */
public final class CorpusWriter {

    /** Models with a price in the bundled snapshot, per source, plus one that has none. */
    private static final String[] CLAUDE_MODELS = {"claude-sonnet-4-5-20250929", "claude-opus-4-6", "claude-haiku-4-5-20251001"};
    private static final String[] CODEX_MODELS = {"gpt-5-codex", "gpt-5.1-codex", "gpt-5"};
    private static final String[] GEMINI_MODELS = {"gemini-2.5-pro", "gemini-2.5-flash"};
    private static final String[] OPENCODE_MODELS = {"claude-sonnet-4-5", "gpt-5", "e2e-unpriced-model"};
    private static final String[] CURSOR_MODELS = {"claude-4.5-sonnet-thinking", "gpt-5", "auto"};

    /** 2025-09-01T00:00:00Z: the corpus spans the seven months after it. */
    private static final long START_MS = Instant.parse("2025-09-01T00:00:00Z").toEpochMilli();
    private static final long SPAN_MS = 7L * 30 * 24 * 3600 * 1000;

    private final Random random;
    private final Path home;
    private final int sessions;

    private CorpusWriter(long seed, Path home, int sessions) {
        this.random = new Random(seed);
        this.home = home;
        this.sessions = sessions;
    }

    /**
     * Writes the corpus under {@code home}.
     *
     * @param sessions sessions per local source; each holds 10 to 60 responses
     */
    public static Path write(Path home, long seed, int sessions) {
        CorpusWriter writer = new CorpusWriter(seed, home, sessions);
        writer.claude();
        writer.codex();
        writer.gemini();
        writer.openCode();
        writer.cursor();
        return home;
    }

    /** {@code CorpusWriter DIR SESSIONS [SEED]}: for the benchmark scripts. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: CorpusWriter DIR SESSIONS_PER_SOURCE [SEED]");
            System.exit(2);
        }
        Path home = Path.of(args[0]);
        write(home, args.length > 2 ? Long.parseLong(args[2]) : 1, Integer.parseInt(args[1]));
        System.out.println(home);
    }

    // ---- Claude ------------------------------------------------------------------------------

    private void claude() {
        for (int s = 0; s < sessions; s++) {
            String session = uuid();
            String model = pick(CLAUDE_MODELS);
            long t = time();
            StringBuilder text = new StringBuilder();
            for (int turn = 0, turns = 10 + random.nextInt(51); turn < turns; turn++) {
                t += 5_000 + random.nextInt(120_000);
                text.append("{\"parentUuid\":null,\"isSidechain\":false,\"userType\":\"external\",\"cwd\":\"/home/dev/p")
                        .append(s % 7).append("\",\"sessionId\":\"").append(session)
                        .append("\",\"version\":\"2.1.3\",\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":\"")
                        .append(prose()).append("\"},\"uuid\":\"").append(uuid()).append("\",\"timestamp\":\"")
                        .append(iso(t)).append("\"}\n");
                String id = "msg_01" + hex(20);
                String request = "req_011" + hex(20);
                long input = 3 + random.nextInt(40);
                long output = 20 + random.nextInt(3_000);
                long read = random.nextInt(150_000);
                long write = random.nextInt(8_000);
                // Claude Code writes one line per content block; earlier copies carry a partial output.
                int copies = 1 + random.nextInt(3);
                for (int c = 0; c < copies; c++) {
                    long shown = c == copies - 1 ? output : output / (copies - c + 1);
                    text.append("{\"parentUuid\":\"").append(uuid()).append("\",\"isSidechain\":false,\"userType\":\"external\",")
                            .append("\"sessionId\":\"").append(session).append("\",\"version\":\"2.1.3\",\"message\":{\"model\":\"")
                            .append(model).append("\",\"id\":\"").append(id)
                            .append("\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"")
                            .append(prose()).append("\"}],\"usage\":{\"input_tokens\":").append(input)
                            .append(",\"cache_creation_input_tokens\":").append(write)
                            .append(",\"cache_read_input_tokens\":").append(read)
                            .append(",\"cache_creation\":{\"ephemeral_5m_input_tokens\":").append(write)
                            .append(",\"ephemeral_1h_input_tokens\":0},\"output_tokens\":").append(shown)
                            .append(",\"service_tier\":\"standard\"}},\"requestId\":\"").append(request)
                            .append("\",\"type\":\"assistant\",\"uuid\":\"").append(uuid()).append("\",\"timestamp\":\"")
                            .append(iso(t + 1_000 + c)).append("\"}\n");
                }
            }
            if (s % 25 == 3) {
                text.append("{\"type\":\"assistant\",\"message\":{\"usage\":{\"input_tokens\":12,\"output_tokens\n");
            }
            write(".claude/projects/-home-dev-p" + (s % 7) + "/" + session + ".jsonl", text.toString());
        }
    }

    // ---- Codex -------------------------------------------------------------------------------

    private void codex() {
        for (int s = 0; s < sessions; s++) {
            long t = time();
            String id = uuid();
            String day = iso(t).substring(0, 10);
            StringBuilder text = new StringBuilder();
            text.append("{\"timestamp\":\"").append(iso(t)).append("\",\"type\":\"session_meta\",\"payload\":{\"id\":\"").append(id)
                    .append("\",\"cwd\":\"/home/dev/p").append(s % 5)
                    .append("\",\"originator\":\"codex_cli_rs\",\"cli_version\":\"0.80.0\",\"source\":\"cli\",\"model_provider\":\"openai\"}}\n");
            text.append("{\"timestamp\":\"").append(iso(t)).append("\",\"type\":\"turn_context\",\"payload\":{\"model\":\"")
                    .append(pick(CODEX_MODELS)).append("\",\"effort\":\"medium\"}}\n");
            long input = 0;
            long cached = 0;
            long output = 0;
            long reasoning = 0;
            for (int turn = 0, turns = 10 + random.nextInt(51); turn < turns; turn++) {
                t += 3_000 + random.nextInt(90_000);
                text.append("{\"timestamp\":\"").append(iso(t)).append("\",\"type\":\"event_msg\",\"payload\":{\"type\":\"user_message\",\"message\":\"")
                        .append(prose()).append("\",\"images\":[]}}\n");
                long dIn = 2_000 + random.nextInt(30_000);
                long dCached = random.nextInt((int) dIn);
                long dReasoning = random.nextInt(800);
                long dOut = dReasoning + 50 + random.nextInt(2_000);
                input += dIn;
                cached += dCached;
                output += dOut;
                reasoning += dReasoning;
                text.append("{\"timestamp\":\"").append(iso(t + 2_000)).append("\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":{")
                        .append("\"total_token_usage\":").append(usage(input, cached, output, reasoning))
                        .append(",\"last_token_usage\":").append(usage(dIn, dCached, dOut, dReasoning))
                        .append(",\"model_context_window\":258400},\"rate_limits\":null}}\n");
            }
            write(".codex/sessions/" + day.replace('-', '/') + "/rollout-" + day + "T00-00-00-" + id + ".jsonl", text.toString());
        }
    }

    private static String usage(long input, long cached, long output, long reasoning) {
        return "{\"input_tokens\":" + input + ",\"cached_input_tokens\":" + cached + ",\"output_tokens\":" + output
                + ",\"reasoning_output_tokens\":" + reasoning + ",\"total_tokens\":" + (input + output) + "}";
    }

    // ---- Gemini ------------------------------------------------------------------------------

    private void gemini() {
        for (int s = 0; s < sessions; s++) {
            String session = uuid();
            long t = time();
            List<String> messages = new ArrayList<>();
            String model = pick(GEMINI_MODELS);
            for (int turn = 0, turns = 10 + random.nextInt(51); turn < turns; turn++) {
                t += 4_000 + random.nextInt(60_000);
                messages.add("{\"id\":\"" + uuid() + "\",\"timestamp\":\"" + iso(t) + "\",\"type\":\"user\",\"content\":\"" + prose() + "\"}");
                long input = 1_000 + random.nextInt(40_000);
                messages.add("{\"id\":\"" + uuid() + "\",\"timestamp\":\"" + iso(t + 1_500) + "\",\"type\":\"gemini\",\"content\":\""
                        + prose() + "\",\"thoughts\":[],\"model\":\"" + model + "\",\"tokens\":{\"input\":" + input
                        + ",\"output\":" + random.nextInt(2_000) + ",\"cached\":" + random.nextInt((int) input)
                        + ",\"thoughts\":" + random.nextInt(500) + ",\"tool\":" + random.nextInt(100) + ",\"total\":0}}");
            }
            write(".gemini/tmp/" + hex(64) + "/chats/session-" + iso(t).substring(0, 16).replace(':', '-') + "-" + session.substring(0, 8) + ".json",
                    "{\"sessionId\":\"" + session + "\",\"projectHash\":\"p\",\"startTime\":\"" + iso(t) + "\",\"messages\":["
                            + String.join(",\n", messages) + "]}\n");
        }
    }

    // ---- OpenCode ----------------------------------------------------------------------------

    private void openCode() {
        for (int s = 0; s < sessions; s++) {
            String session = "ses_" + hex(26);
            long t = time();
            for (int turn = 0, turns = 10 + random.nextInt(51); turn < turns; turn++) {
                t += 4_000 + random.nextInt(60_000);
                String id = "msg_" + hex(26);
                String model = pick(OPENCODE_MODELS);
                String provider = model.startsWith("claude") ? "anthropic" : model.startsWith("gpt") ? "openai" : "e2e";
                long output = 20 + random.nextInt(2_000);
                write(".local/share/opencode/storage/message/" + session + "/" + id + ".json",
                        "{\"id\":\"" + id + "\",\"sessionID\":\"" + session + "\",\"role\":\"assistant\",\"time\":{\"created\":" + t
                                + ",\"completed\":" + (t + 4_000) + "},\"modelID\":\"" + model + "\",\"providerID\":\"" + provider
                                + "\",\"mode\":\"build\",\"cost\":0,\"tokens\":{\"input\":" + (100 + random.nextInt(9_000))
                                + ",\"output\":" + output + ",\"reasoning\":" + random.nextInt((int) output)
                                + ",\"cache\":{\"read\":" + random.nextInt(40_000) + ",\"write\":" + random.nextInt(3_000)
                                + "}},\"finish\":\"stop\"}\n");
            }
        }
    }

    // ---- Cursor ------------------------------------------------------------------------------

    private void cursor() {
        StringBuilder csv = new StringBuilder(CURSOR_HEADER);
        for (int r = 0, rows = Math.max(3, sessions * 3); r < rows; r++) {
            long cacheWrite = random.nextInt(3_000);
            long input = random.nextInt(5_000);
            long read = random.nextInt(60_000);
            long output = random.nextInt(2_000);
            csv.append('"').append(iso(time())).append("\",\"").append(r % 11 == 5 ? "Errored, No Charge" : "Included")
                    .append("\",\"").append(pick(CURSOR_MODELS)).append("\",\"No\",\"").append(cacheWrite).append("\",\"")
                    .append(input).append("\",\"").append(read).append("\",\"").append(output).append("\",\"")
                    .append(cacheWrite + input + read + output).append("\",\"0.0").append(random.nextInt(10)).append("\"\n");
        }
        write(".token-tracker/cursor-cache/usage.csv", csv.toString());
    }

    /** The header of the 2025-09 … 2026-02 export generation. */
    public static final String CURSOR_HEADER = "Date,Kind,Model,Max Mode,Input (w/ Cache Write),Input (w/o Cache Write),"
            + "Cache Read,Output Tokens,Total Tokens,Cost\n";

    // ---- pieces ------------------------------------------------------------------------------

    private long time() {
        return START_MS + (long) (random.nextDouble() * SPAN_MS);
    }

    private static String iso(long ms) {
        return Instant.ofEpochMilli(ms).toString().replaceFirst("(\\d{2}:\\d{2}:\\d{2})Z$", "$1.000Z");
    }

    private String uuid() {
        return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-8" + hex(3) + "-" + hex(12);
    }

    private String hex(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(Character.forDigit(random.nextInt(16), 16));
        }
        return text.toString();
    }

    /** A line of text of the length real prompts and answers have, so files have real sizes. */
    private String prose() {
        String[] words = {"refactor", "the", "checkout", "form", "so", "that", "tests", "pass", "and", "add", "a", "migration",
            "for", "orders", "table", "with", "index", "on", "customer", "id", "then", "update", "docs"};
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = 20 + random.nextInt(200); i < n; i++) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString().strip();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private void write(String relative, String text) {
        try {
            Path file = home.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
