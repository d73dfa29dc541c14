package dev.tokentracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokentracker.testing.LoopbackServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every command and flag README.md documents, run once through the packaged jar, and a guard that
 * reads the README and fails when it documents a command, flag or flag value that this tour
 * never ran (so a new flag cannot be documented without an end-to-end run of it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandTourIT {

    private static final Invocations LOG = new Invocations();
    private static final Path README = Path.of(System.getProperty("tokentracker.repo", ".")).resolve("README.md");

    private static Scene scene;

    private static Scene scene() {
        if (scene == null) {
            scene = new Scene("tour", LOG);
        }
        return scene;
    }

    @AfterAll
    static void close() {
        if (scene != null) {
            scene.close();
        }
    }

    private static PackagedJar.Result ok(String... args) {
        PackagedJar.Result run = scene().run(args).go();
        assertThat(run.exitCode()).as(run.command()).isZero();
        return run;
    }

    private static String home() {
        return E2e.home().toString();
    }

    @Test
    @Order(1)
    void theDefaultCommandIsTheModelsReportOfTheUsersHome() {
        PackagedJar.Result bare = scene().run().env("HOME", home()).go();
        PackagedJar.Result models = ok("models", "--home", home());

        assertThat(bare.exitCode()).as(bare.command()).isZero();
        assertThat(bare.out()).contains("Token Usage Report by Model").isEqualTo(models.out());
    }

    @Test
    @Order(2)
    void reportsWithEveryFilterAndOutputFlag() throws IOException {
        PackagedJar.Result json = ok("models", "--claude", "--codex", "--gemini", "--opencode", "--cursor", "--json", "--home", home());
        // Cursor's export folder is this scene's own (TOKEN_TRACKER_HOME) and empty.
        assertThat(ReportJson.of(json.out()).sources()).containsExactly("claude", "codex", "gemini", "opencode");
        assertThat(ReportJson.of(ok("models", "--codex", "--json", "--home", home()).out()).sources()).containsExactly("codex");

        assertThat(ok("monthly", "--year", "2026", "--timezone", "Asia/Seoul", "--mode", "calculate", "--home", home()).out())
                .contains("Monthly Token Usage Report").contains("2026-01").doesNotContain("2025-12");
        assertThat(ok("daily", "--since", "2025-10-01", "--until", "2025-10-31", "--mode", "display", "--no-color", "--home", home()).out())
                .contains("2025-10-").doesNotContain("2025-09-").doesNotContain("2025-11-");
        ok("daily", "--mode", "auto", "--home", home());
        // The corpus lies in the past: relative ranges select nothing and say so.
        for (String range : List.of("--today", "--week", "--month")) {
            assertThat(ok("daily", range, "--home", home()).out()).isEqualTo("No usage data found.\n");
        }

        Path graph = scene().scratch.resolve("g.json");
        PackagedJar.Result written = ok("graph", "--output", graph.toString(), "--home", home());
        assertThat(written.err()).contains("Graph data written to " + graph);
        assertThat(new ObjectMapper().readTree(Files.readString(graph)).get("contributions")).isNotEmpty();
    }

    @Test
    @Order(3)
    void offlineVerboseBenchmarkAndEngines() {
        PackagedJar.Result run = ok("models", "--offline", "--verbose", "--benchmark", "--engine", "auto", "--home", home());
        assertThat(run.err()).contains("claude: 12 files read").containsPattern("(?m)^total: [0-9.]+ ms$");

        PackagedJar.Result forced = scene().run("models", "--engine", "native", "--home", home()).go();
        assertThat(forced.exitCode()).as(forced.command()).isEqualTo(E2e.engines().contains("native") ? 0 : 1);
        ok("models", "--engine", "java", "--home", home());
    }

    @Test
    @Order(4)
    void pricingSaysHowEachModelMatches() {
        PackagedJar.Result run = ok("pricing", "--offline", "claude-opus-4-6", "gpt-5");

        assertThat(run.out()).contains("claude-opus-4-6\n  matched claude-opus-4-6 (exact)").contains("gpt-5\n  matched gpt-5 (exact)");
    }

    @Test
    @Order(5)
    void cursorLoginStatusLogout() {
        scene().cursor.on("/api/usage-summary", LoopbackServer.json(
                "{\"billingCycleStart\":\"2026-05-01T00:00:00.000Z\",\"billingCycleEnd\":\"2026-06-01T00:00:00.000Z\",\"membershipType\":\"pro\"}"));

        PackagedJar.Result login = scene().run("cursor", "login", "--token-stdin").stdin(Scene.TOKEN + "\n").go();
        assertThat(login.exitCode()).as(login.command()).isZero();
        assertThat(login.out()).startsWith("Logged in to Cursor (membership: pro).");
        assertThat(ok("cursor", "status").out()).contains("Session: valid, membership: pro.");
        assertThat(ok("cursor", "status", "--offline").out()).contains("Session: not checked (--offline).");
        assertThat(ok("cursor", "logout").out()).doesNotContain(Scene.TOKEN);
        PackagedJar.Result after = scene().run("cursor", "status").go();
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.out()).startsWith("Not logged in to Cursor.");
    }

    @Test
    @Order(6)
    void helpAndVersion() {
        assertThat(ok("--help").out()).contains("models").contains("monthly").contains("daily").contains("graph").contains("pricing")
                .contains("cursor");
        assertThat(ok("--version").out()).containsPattern("\\d+\\.\\d+\\.\\d+");
        assertThat(ok("daily", "--help").out()).contains("--since");
        PackagedJar.Result bad = scene().run("daily", "--since", "yesterday").go();
        assertThat(bad.exitCode()).as(bad.command()).isEqualTo(2);
        assertThat(bad.err()).contains("YYYY-MM-DD");
    }

    /** Runs last: everything README.md documents was run above. */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyCommandAndFlagInTheReadmeWasRun() throws IOException {
        Documented documented = Documented.read(Files.readString(README));
        List<List<String>> runs = LOG.all();

        assertThat(documented.flags).as("the README's flag table was found").contains("--json", "--home", "--benchmark");
        assertThat(documented.commands).as("the README's command examples were found").contains("monthly", "cursor login");
        List<String> missing = new ArrayList<>();
        for (String flag : documented.flags) {
            if (runs.stream().noneMatch(args -> args.contains(flag))) {
                missing.add(flag);
            }
        }
        for (String pair : documented.flagValues) {
            String[] parts = pair.split(" ", 2);
            if (runs.stream().noneMatch(args -> containsPair(args, parts[0], parts[1]))) {
                missing.add(pair);
            }
        }
        for (String command : documented.commands) {
            List<String> words = command.isEmpty() ? List.of() : List.of(command.split(" "));
            boolean ran = runs.stream().anyMatch(args -> words.isEmpty()
                    ? args.isEmpty() || args.getFirst().startsWith("--") && !args.contains("--help") && !args.contains("--version")
                    : args.size() >= words.size() && args.subList(0, words.size()).equals(words));
            if (!ran) {
                missing.add("command '" + command + "'");
            }
        }
        assertThat(missing).as("documented in README.md but never run end to end").isEmpty();
    }

    private static boolean containsPair(List<String> args, String flag, String value) {
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals(flag) && args.get(i + 1).equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** What README.md documents: command examples in shell blocks, and the report flag table. */
    record Documented(Set<String> commands, Set<String> flags, Set<String> flagValues) {

        private static final Pattern CELL_CODE = Pattern.compile("`([^`]+)`");

        static Documented read(String readme) {
            Set<String> commands = new TreeSet<>();
            Set<String> flags = new TreeSet<>();
            Set<String> values = new TreeSet<>();
            boolean inShell = false;
            for (String line : readme.lines().toList()) {
                if (line.startsWith("```")) {
                    inShell = line.equals("```sh");
                    continue;
                }
                if (inShell && line.startsWith("token-tracker")) {
                    String call = line.replaceFirst("\\s+#.*$", "").strip();
                    List<String> words = List.of(call.split("\\s+"));
                    List<String> command = new ArrayList<>();
                    for (String word : words.subList(1, words.size())) {
                        if (word.startsWith("--")) {
                            flags.add(word);
                        } else if (command.isEmpty() || command.getFirst().equals("cursor") && command.size() == 1) {
                            command.add(word);
                        } else {
                            break;
                        }
                    }
                    commands.add(String.join(" ", command));
                } else if (line.startsWith("| `--")) {
                    String cell = line.split("(?<!\\\\)\\|")[1];
                    Matcher code = CELL_CODE.matcher(cell);
                    while (code.find()) {
                        String[] words = code.group(1).split("\\s+");
                        String flag = null;
                        for (String word : words) {
                            if (word.startsWith("--")) {
                                flag = word.replace(",", "");
                                flags.add(flag);
                            } else if (flag != null && word.contains("\\|")) {
                                for (String value : word.split("\\\\\\|")) {
                                    values.add(flag + " " + value);
                                }
                            }
                        }
                    }
                }
            }
            return new Documented(commands, flags, values);
        }
    }
}
