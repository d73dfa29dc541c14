package dev.tokentracker.model;

import java.util.Locale;

/** The assistants whose usage the tool reads (SPEC §1). Declaration order is the display order. */
public enum Source {
    CLAUDE("claude", "Claude"),
    CODEX("codex", "Codex"),
    GEMINI("gemini", "Gemini"),
    OPENCODE("opencode", "OpenCode"),
    CURSOR("cursor", "Cursor");

    private final String id;
    private final String label;

    Source(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The source id used in flags, JSON and golden files. */
    public String id() {
        return id;
    }

    /** The name shown in tables. */
    public String label() {
        return label;
    }

    /** True for the four sources read from disk in phase 1 (Cursor comes from its CSV in phase 2). */
    public boolean isLocal() {
        return this != CURSOR;
    }

    public static Source fromId(String id) {
        for (Source source : values()) {
            if (source.id.equals(id.toLowerCase(Locale.ROOT))) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown source: " + id);
    }
}
