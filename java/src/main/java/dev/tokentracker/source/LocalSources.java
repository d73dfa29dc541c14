package dev.tokentracker.source;

import dev.tokentracker.model.Source;
import dev.tokentracker.source.claude.ClaudeParser;
import dev.tokentracker.source.codex.CodexParser;
import dev.tokentracker.source.gemini.GeminiParser;
import dev.tokentracker.source.opencode.OpenCodeParser;

/** The parser of each local source. */
public final class LocalSources {

    private LocalSources() {
    }

    public static SourceParser<?> parser(Source source) {
        return switch (source) {
            case CLAUDE -> new ClaudeParser();
            case CODEX -> new CodexParser();
            case GEMINI -> new GeminiParser();
            case OPENCODE -> new OpenCodeParser();
            case CURSOR -> throw new IllegalArgumentException("Cursor is read in phase 2, from its CSV cache");
        };
    }
}
