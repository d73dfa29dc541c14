package dev.tokentracker.render;

/**
 * ANSI styling, or none. Colour is used only when stdout is a terminal, {@code NO_COLOR} is not
 * set and {@code --no-color} was not given (decided once, in the CLI).
 */
public final class Style {

    public static final Style PLAIN = new Style(false);
    public static final Style COLOR = new Style(true);

    private final boolean enabled;

    private Style(boolean enabled) {
        this.enabled = enabled;
    }

    public String cyan(String s) {
        return wrap("36", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    private String wrap(String code, String s) {
        return enabled && !s.isEmpty() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
