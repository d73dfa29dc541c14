package dev.tokentracker.cli;

import dev.tokentracker.render.Style;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** How wide tables may be and whether to colour them, decided once per run. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Colour only on a terminal, without {@code NO_COLOR} and without {@code --no-color}.
     */
    static Style style(Cli.Context context, boolean noColor) {
        boolean noColorEnv = context.env().containsKey("NO_COLOR") && !context.env().get("NO_COLOR").isEmpty();
        return context.terminal() && !noColor && !noColorEnv ? Style.COLOR : Style.PLAIN;
    }

    /**
     * Table width: {@code $COLUMNS} when set, else the terminal's width, else unlimited (output
     * piped to a file or a program is never cut short).
     */
    static int width(Cli.Context context) {
        Integer columns = positive(context.env().get("COLUMNS"));
        if (columns != null) {
            return columns;
        }
        if (context.terminal()) {
            Integer measured = sttyColumns();
            return measured != null ? measured : 120;
        }
        return Integer.MAX_VALUE / 4;
    }

    private static Integer positive(String value) {
        if (value == null || !value.matches("[0-9]{1,5}")) {
            return null;
        }
        int n = Integer.parseInt(value);
        return n > 0 ? n : null;
    }

    /** Asks {@code stty} for the terminal size; the JDK has no portable call for it. */
    private static Integer sttyColumns() {
        try {
            Process process = new ProcessBuilder("sh", "-c", "stty size < /dev/tty")
                    .redirectErrorStream(true).start();
            if (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String[] parts = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
            return parts.length == 2 ? positive(parts[1]) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static boolean isSet(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isEmpty();
    }
}
