package dev.tokentracker;

import dev.tokentracker.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Entry point: builds the command line, runs it, exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.create(out, err, System.getenv(), Clock.systemDefaultZone(), Cli.stdoutIsTerminal()).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
