package dev.tokentracker.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each source keeps its data (SPEC §2), resolved against an {@link Environment}. Only
 * computes paths; whether they exist is for discovery to find out (a missing directory is not an
 * error).
 */
public final class SourceLocations {

    private final Environment env;

    public SourceLocations(Environment env) {
        this.env = env;
    }

    public Environment environment() {
        return env;
    }

    /**
     * Claude {@code projects} directories. {@code CLAUDE_CONFIG_DIR} (a comma-separated list of
     * config dirs or their {@code projects/} dirs) replaces the two defaults.
     */
    public List<Path> claudeProjectRoots() {
        Optional<String> override = env.variable("CLAUDE_CONFIG_DIR");
        List<Path> roots = new ArrayList<>();
        if (override.isPresent()) {
            for (String entry : override.get().split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                Path dir = env.expand(entry);
                boolean isProjectsDir = dir.getFileName() != null
                        && dir.getFileName().toString().equals("projects")
                        && !Files.isDirectory(dir.resolve("projects"));
                roots.add(isProjectsDir ? dir : dir.resolve("projects"));
            }
            return roots;
        }
        roots.add(env.xdgDirectory("XDG_CONFIG_HOME", ".config").resolve("claude").resolve("projects"));
        roots.add(env.home().resolve(".claude").resolve("projects"));
        return roots;
    }

    /** Codex {@code sessions} then {@code archived_sessions}, under {@code CODEX_HOME} or ~/.codex. */
    public List<Path> codexRoots() {
        Path codexHome = env.pathVariable("CODEX_HOME").orElse(env.home().resolve(".codex"));
        return List.of(codexHome.resolve("sessions"), codexHome.resolve("archived_sessions"));
    }

    /** Gemini's {@code tmp} directory; sessions are in {@code tmp/<project>/chats/}. */
    public Path geminiTmp() {
        Path base = env.pathVariable("GEMINI_CLI_HOME").orElse(env.home());
        return base.resolve(".gemini").resolve("tmp");
    }

    /** OpenCode's data directory (holds {@code storage/message/} and {@code opencode.db}). */
    public Path openCodeData() {
        return env.pathVariable("OPENCODE_DATA_DIR")
                .orElseGet(() -> env.xdgDirectory("XDG_DATA_HOME", ".local/share").resolve("opencode"));
    }

    /** token-tracker's own state directory (credentials, Cursor cache). */
    public Path trackerHome() {
        return env.pathVariable("TOKEN_TRACKER_HOME").orElse(env.home().resolve(".token-tracker"));
    }

    /** Where the Cursor sync writes {@code usage.csv} and where other exports may be placed. */
    public Path cursorCache() {
        return trackerHome().resolve("cursor-cache");
    }

    /**
     * The pricing cache directory: {@code ${XDG_CACHE_HOME:-~/.cache}/token-tracker} of the user
     * running the tool. Unlike data locations it does not follow {@code --home}: reading someone
     * else's logs must not write into their home, and one price cache serves every report.
     */
    public Path pricingCacheDir() {
        return env.pathVariable("XDG_CACHE_HOME").orElse(env.realHome().resolve(".cache")).resolve("token-tracker");
    }
}
