package dev.tokentracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random home with all five sources, from a seed: the input of the randomised parity tests.
 * It is not realistic on purpose; it is adversarial within the formats: duplicated and replayed
 * Claude responses, sidechains, repeated and restarting Codex totals, rewritten Gemini messages,
 * OpenCode messages in both the store and the JSON files, overlapping Cursor exports, and on
 * every side malformed and truncated records and edge numbers (0, 2^63−1, sums that saturate).
 */
public final class RandomHome {

    private static final String[] MODELS = {
        "claude-sonnet-4-5-20250929", "claude-opus-4-6", "claude-haiku-4-5", "gpt-5.1-codex", "gpt-5",
        "gemini-2.5-pro", "gemini-2.5-flash", "no-such-model", "claude-4.5-sonnet-thinking", "auto", "é-модель"};
    private static final long[] EDGE = {0, 1, 7, 199_999, 200_000, 200_001, 1_000_000, Long.MAX_VALUE, Long.MAX_VALUE - 1};

    private final Random random;
    private final Path home;

    private RandomHome(long seed, Path home) {
        this.random = new Random(seed);
        this.home = home;
    }

    /** Writes a random home under {@code home} (which must exist) and returns it. */
    public static Path write(long seed, Path home) {
        RandomHome writer = new RandomHome(seed, home);
        try {
            writer.claude();
            writer.codex();
            writer.gemini();
            writer.openCode();
            writer.cursor();
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
        return home;
    }

    // ---- Claude ------------------------------------------------------------------------------

    private void claude() throws IOException {
        List<String> messageIds = new ArrayList<>();
        for (int f = 0, nf = 1 + random.nextInt(5); f < nf; f++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0, ni = random.nextInt(40); i < ni; i++) {
                lines.add(claudeLine(messageIds));
            }
            String dir = random.nextBoolean() ? ".claude/projects/p" + random.nextInt(3) : ".config/claude/projects/q";
            String name = random.nextInt(5) == 0 ? "s" + f + "/subagents/agent-" + f + ".jsonl" : "s" + f + ".jsonl";
            write(dir + "/" + name, String.join("\n", lines) + (random.nextBoolean() ? "\n" : ""));
        }
    }

    private String claudeLine(List<String> messageIds) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return malformed("{\"type\":\"assistant\",\"message\":{\"usage\":{\"input_tokens\":");
        }
        if (kind == 1) {
            return "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":\"no usage here\"}}";
        }
        String id = messageIds.isEmpty() || random.nextInt(3) > 0 ? "msg_" + random.nextInt(1000) : pick(messageIds);
        messageIds.add(id);
        String request = random.nextInt(6) == 0 ? "" : ",\"requestId\":\"req_" + random.nextInt(4) + "\"";
        String idPart = random.nextInt(10) == 0 ? "" : "\"id\":\"" + id + "\",";
        String usage = "{\"input_tokens\":" + number() + ",\"output_tokens\":" + number()
                + ",\"cache_read_input_tokens\":" + number() + ",\"cache_creation_input_tokens\":" + number()
                + (random.nextBoolean() ? ",\"cache_creation\":{\"ephemeral_1h_input_tokens\":" + number() + "}" : "") + "}";
        String assistant = "{\"type\":\"assistant\",\"timestamp\":\"" + timestamp() + "\"" + request
                + ",\"isSidechain\":" + (random.nextInt(4) == 0) + ",\"sessionId\":\"sess\""
                + (random.nextInt(8) == 0 ? ",\"costUSD\":" + random.nextInt(5) + "." + random.nextInt(1000) : "")
                + ",\"message\":{" + idPart + "\"model\":\"" + (random.nextInt(15) == 0 ? "<synthetic>" : pick(MODELS))
                + "\",\"usage\":" + usage + "}}";
        if (random.nextInt(10) == 0) {
            return "{\"type\":\"progress\",\"timestamp\":\"" + timestamp() + "\",\"data\":{\"type\":\"agent_progress\",\"message\":"
                    + assistant + "}}";
        }
        return assistant;
    }

    // ---- Codex -------------------------------------------------------------------------------

    private void codex() throws IOException {
        for (int f = 0, nf = random.nextInt(4); f < nf; f++) {
            List<String> lines = new ArrayList<>();
            lines.add("{\"timestamp\":\"" + timestamp() + "\",\"type\":\"session_meta\",\"payload\":{\"id\":\"c" + f + "\""
                    + (random.nextInt(5) == 0 ? ",\"source\":{\"subagent\":\"review\"}" : "") + "}}");
            long[] total = new long[4];
            for (int i = 0, ni = random.nextInt(20); i < ni; i++) {
                int kind = random.nextInt(12);
                if (kind == 0) {
                    lines.add("{\"timestamp\":\"" + timestamp() + "\",\"type\":\"turn_context\",\"payload\":{\"model\":\"" + pick(MODELS) + "\"}}");
                } else if (kind == 1) {
                    lines.add(malformed("{\"timestamp\":\"x\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\""));
                } else if (kind == 2) {
                    lines.add(event("\"info\":null"));
                } else if (kind == 3) {
                    lines.add(event("\"type\":\"" + (random.nextBoolean() ? "entered" : "exited") + "_review_mode\"").replace("\"token_count\",", ""));
                } else {
                    if (random.nextInt(4) > 0) {
                        for (int k = 0; k < 4; k++) {
                            total[k] = random.nextInt(6) == 0 ? random.nextInt(50) : total[k] + random.nextInt(5000);
                        }
                    }
                    String last = random.nextBoolean() ? ",\"last_token_usage\":" + usage4(small(), small(), small(), small()) : "";
                    String totals = random.nextInt(5) == 0 ? "" : "\"total_token_usage\":" + usage4(total[0], total[1], total[2], total[3]);
                    String info = totals.isEmpty() && last.isEmpty() ? "{}" : "{" + (totals.isEmpty() ? last.substring(1) : totals + last) + "}";
                    lines.add(event("\"info\":" + info));
                }
            }
            String dir = random.nextInt(4) == 0 ? ".codex/archived_sessions" : ".codex/sessions/2026/03/0" + (1 + f);
            write(dir + "/rollout-" + f + ".jsonl", String.join("\n", lines) + "\n");
        }
    }

    private String event(String payloadRest) {
        return "{\"timestamp\":\"" + timestamp() + "\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\"," + payloadRest + "}}";
    }

    private String usage4(long input, long cached, long output, long reasoning) {
        return "{\"input_tokens\":" + input + ",\"cached_input_tokens\":" + cached + ",\"output_tokens\":" + output
                + ",\"reasoning_output_tokens\":" + reasoning + "}";
    }

    // ---- Gemini ------------------------------------------------------------------------------

    private void gemini() throws IOException {
        for (int f = 0, nf = random.nextInt(3); f < nf; f++) {
            List<String> messages = new ArrayList<>();
            for (int i = 0, ni = random.nextInt(8); i < ni; i++) {
                messages.add(geminiMessage("g" + random.nextInt(6)));
            }
            String project = random.nextBoolean() ? "hash" : "short";
            if (random.nextBoolean()) {
                write(".gemini/tmp/" + project + "/chats/session-" + f + ".json",
                        "{\"sessionId\":\"gs" + random.nextInt(2) + "\",\"messages\":[" + String.join(",", messages) + "]}");
            } else {
                List<String> lines = new ArrayList<>();
                lines.add("{\"sessionId\":\"gs" + random.nextInt(2) + "\",\"projectHash\":\"h\",\"kind\":\"main\"}");
                for (String m : messages) {
                    lines.add(m);
                    if (random.nextInt(3) == 0) {
                        lines.add("{\"$set\":{\"lastUpdated\":\"" + timestamp() + "\"}}");
                    }
                }
                if (random.nextInt(4) == 0) {
                    lines.add(malformed("{\"id\":\"g1\",\"type\":\"gemini\",\"tokens\":{"));
                }
                write(".gemini/tmp/" + project + "/chats/session-" + f + ".jsonl", String.join("\n", lines) + "\n");
            }
        }
    }

    private String geminiMessage(String id) {
        if (random.nextInt(5) == 0) {
            return "{\"id\":\"" + id + "\",\"type\":\"user\",\"content\":\"hi\"}";
        }
        return "{\"id\":\"" + id + "\",\"timestamp\":\"" + timestamp() + "\",\"type\":\"gemini\",\"model\":\"" + pick(MODELS)
                + "\",\"tokens\":{\"input\":" + small() + ",\"output\":" + number() + ",\"cached\":" + small()
                + ",\"thoughts\":" + small() + ",\"tool\":" + small() + "}}";
    }

    // ---- OpenCode ----------------------------------------------------------------------------

    private void openCode() throws IOException, SQLException {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0, ni = random.nextInt(10); i < ni; i++) {
            String id = "msg_" + random.nextInt(8);
            String body = openCodeBody();
            if (random.nextInt(3) == 0) {
                rows.add(new String[] {id, body});
            } else {
                write(".local/share/opencode/storage/message/ses_" + random.nextInt(2) + "/" + id + "_" + i + ".json",
                        "{\"id\":\"" + id + "\",\"sessionID\":\"ses\"," + body.substring(1));
            }
        }
        if (!rows.isEmpty()) {
            Path db = home.resolve(".local/share/opencode/opencode.db");
            Files.createDirectories(db.getParent());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("CREATE TABLE message (id text PRIMARY KEY, session_id text NOT NULL, "
                            + "time_created integer NOT NULL, time_updated integer NOT NULL, data text NOT NULL)");
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT OR REPLACE INTO message VALUES (?, 'ses', ?, 0, ?)")) {
                    for (String[] row : rows) {
                        insert.setString(1, row[0]);
                        insert.setLong(2, 1_770_000_000_000L + random.nextInt(1_000_000_000));
                        insert.setString(3, row[1]);
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    private String openCodeBody() {
        if (random.nextInt(8) == 0) {
            return "{\"role\":\"user\",\"time\":{\"created\":1770000000000}}";
        }
        long input = small();
        long output = small();
        long reasoning = random.nextInt(3) == 0 ? output + 5 : small() % (output + 1);
        long read = small();
        long write = small();
        String total = random.nextBoolean() ? "\"total\":" + (input + output + read + write) + "," : "";
        String time = random.nextInt(10) == 0 ? "" : ",\"time\":{\"created\":" + (1_770_000_000_000L + random.nextInt(1_000_000_000))
                + (random.nextBoolean() ? ".5" : "") + "}";
        return "{\"role\":\"assistant\",\"modelID\":\"" + pick(MODELS) + "\",\"providerID\":\"" + pick(new String[] {"anthropic", "openai", "openrouter"})
                + "\",\"cost\":" + (random.nextBoolean() ? "0" : "0.00" + random.nextInt(1000)) + ",\"tokens\":{" + total
                + "\"input\":" + input + ",\"output\":" + output + ",\"reasoning\":" + reasoning
                + ",\"cache\":{\"read\":" + read + ",\"write\":" + write + "}}" + time + "}";
    }

    // ---- Cursor ------------------------------------------------------------------------------

    private void cursor() throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0, ni = random.nextInt(12); i < ni; i++) {
            String kind = pick(new String[] {"Included", "On-Demand", "Errored, No Charge", "Free"});
            rows.add("\"" + timestamp() + "\",\"" + kind + "\",\"" + pick(MODELS) + "\",\"No\",\"" + small() + "\",\"" + small()
                    + "\",\"" + small() + "\",\"" + small() + "\",\"0\",\"" + pick(new String[] {"0.12", "$1.50", "Included", "-", ""}) + "\"");
        }
        if (random.nextInt(4) == 0) {
            rows.add("\"" + timestamp() + "\",\"Included\",\"auto\",\"No\",\"1.5\",\"2\",\"3\",\"4\",\"10\",\"0.1\"");
        }
        String header = "Date,Kind,Model,Max Mode,Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output Tokens,Total Tokens,Cost\n";
        write(".token-tracker/cursor-cache/usage.csv", header + String.join("\n", rows) + "\n");
        if (random.nextBoolean() && !rows.isEmpty()) {
            write(".token-tracker/cursor-cache/older.csv", header + String.join("\n", rows.subList(0, rows.size() / 2)) + "\n");
        }
    }

    // ---- pieces ------------------------------------------------------------------------------

    private long number() {
        return random.nextInt(12) == 0 ? EDGE[random.nextInt(EDGE.length)] : small();
    }

    private long small() {
        return random.nextInt(4) == 0 ? 0 : random.nextInt(400_000);
    }

    /** Instants spread over years and DST changes, in a few offset notations. */
    private String timestamp() {
        int year = 2024 + random.nextInt(3);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String base = String.format("%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, random.nextInt(24), random.nextInt(60), random.nextInt(60));
        return switch (random.nextInt(4)) {
            case 0 -> base + "Z";
            case 1 -> base + "." + random.nextInt(1000) + "Z";
            case 2 -> base + ".123456+09:00";
            default -> base + "-05:30";
        };
    }

    /** A record broken in one of the ways real logs are: cut off, bad bytes, bad numbers. */
    private String malformed(String prefix) {
        return switch (random.nextInt(5)) {
            case 0 -> prefix;
            case 1 -> prefix + "1.5}}}";
            case 2 -> prefix + "-3}}}";
            case 3 -> prefix + "\"\\ud800\"}}}";
            default -> prefix + "\"usage\u0001\"}}}";
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void write(String relative, String text) {
        try {
            Path file = home.resolve(relative);
            Files.createDirectories(file.getParent());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(30) == 0 && bytes.length > 2) {
                bytes[bytes.length / 2] = (byte) 0xC3;
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
