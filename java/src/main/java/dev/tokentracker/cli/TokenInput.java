package dev.tokentracker.cli;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the session token for {@code cursor login} without showing it: from the console with echo
 * off when the process's own standard input and output are a terminal, else the first line of
 * standard input ({@code --token-stdin}, pipes, tests). Nothing read here is ever printed.
 */
final class TokenInput {

    /** A cookie value is a few hundred bytes; a longer line is not a token. */
    private static final int MAX_LINE_BYTES = 16 * 1024;

    private TokenInput() {
    }

    static String read(Cli.Context context, boolean fromStdin) throws IOException {
        Console console = System.console();
        boolean interactive = !fromStdin && context.stdin() == System.in && console != null && console.isTerminal();
        if (!interactive) {
            return firstLine(context.stdin());
        }
        context.err().println("Open https://cursor.com/settings in your browser while logged in, open the developer");
        context.err().println("tools (F12), and copy the value of the WorkosCursorSessionToken cookie");
        context.err().println("(Application/Storage > Cookies > cursor.com). It is not shown while you paste it.");
        context.err().flush();
        char[] typed = console.readPassword("Session token: ");
        if (typed == null) {
            return "";
        }
        String token = new String(typed);
        Arrays.fill(typed, '\0');
        return token;
    }

    /** The first line (without its line break), or everything up to the end of the input. */
    static String firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (line.size() >= MAX_LINE_BYTES) {
                throw new IOException("the input line is longer than " + MAX_LINE_BYTES / 1024 + " KiB; it is not a session token");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
