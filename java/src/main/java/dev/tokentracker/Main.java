package dev.tokentracker;

import dev.tokentracker.cli.Cli;
import dev.tokentracker.engine.Engines;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/** Entry point: builds the command line, runs it, exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        if (mayUseNativeEngine(args)) {
            // Loading the native library (extracting it on first use, binding its entry points)
            // does not depend on the command line, so it runs while picocli builds it.
            Engines.loadNativeInBackground(env);
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.execute(args, out, err, env, Clock.systemDefaultZone(), Cli.stdoutIsTerminal());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * False when the run cannot need the native library: {@code --engine java} asked for the
     * Java engine, or only the version or help is printed.
     */
    static boolean mayUseNativeEngine(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--engine=java") || arg.equals("--engine") && i + 1 < args.length && args[i + 1].equals("java")) {
                return false;
            }
        }
        return args.length == 0 || Arrays.stream(args).noneMatch(a -> a.equals("--version") || a.equals("-V")
                || a.equals("--help") || a.equals("-h") || a.equals("help"));
    }
}
