package dev.tokentracker.cli;

import dev.tokentracker.ExitCode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the command line with injected output, environment and clock, so that tests run the
 * real CLI exactly as a user would, and the process entry point stays a few lines.
 */
public final class Cli {

    private Cli() {
    }

    /**
     * What every command may need from the outside world.
     *
     * @param stdin where {@code cursor login} reads a token when no console is used
     */
    public record Context(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, boolean terminal,
            InputStream stdin) {
    }

    /**
     * Runs the command line on these arguments and returns the exit code. A bare
     * {@code --version} (or {@code -V}) is answered without building the command line: picocli
     * inspects every command's annotations first, which is most of the start-up of a run that
     * only prints one line. Everything else goes through picocli, with only the subcommands the
     * arguments need ({@link Subcommands}).
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock,
            boolean terminal) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            for (String line : new TokenTrackerCommand.VersionProvider().getVersion()) {
                out.println(line);
            }
            out.flush();
            return ExitCode.OK;
        }
        Context context = new Context(out, err, Map.copyOf(env), clock, terminal, System.in);
        return build(context, Subcommands.neededBy(args)).execute(args);
    }

    /** The command line reading the process's standard input. */
    public static CommandLine create(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock,
            boolean terminal) {
        return create(out, err, env, clock, terminal, System.in);
    }

    public static CommandLine create(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock,
            boolean terminal, InputStream stdin) {
        Context context = new Context(out, err, Map.copyOf(env), clock, terminal, stdin);
        return build(context, List.copyOf(Subcommands.ALL.values()));
    }

    /** The command line with these subcommands (picocli's settings then reach them too). */
    private static CommandLine build(Context context, List<Class<?>> subcommands) {
        CommandFactory factory = new CommandFactory(context);
        CommandLine cli = new CommandLine(TokenTrackerCommand.class, factory);
        for (Class<?> subcommand : subcommands) {
            cli.addSubcommand(new CommandLine(subcommand, factory));
        }
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return ExitCode.FAILED;
        });
        cli.setParameterExceptionHandler(Cli::usageError);
        return cli;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("error: " + e.getMessage());
        command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE;
    }

    /** True when standard output is an interactive terminal (colours, terminal-sized tables). */
    public static boolean stdoutIsTerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    /** Gives every command the shared context. */
    private record CommandFactory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (ContextAware.class.isAssignableFrom(type)) {
                K command = CommandLine.defaultFactory().create(type);
                ((ContextAware) command).setContext(context);
                return command;
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** A command that needs the shared context. */
    interface ContextAware {
        void setContext(Context context);
    }
}
