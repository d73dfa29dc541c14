package dev.tokentracker.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import picocli.CommandLine;

/**
 * The subcommands of {@code token-tracker}, and which of them a command line needs built.
 *
 * <p>Picocli reads every command's annotations when the command line is built; for the seven
 * subcommands that is a sixth of the start-up of a report run, though a run uses at most one. So
 * a run builds only the subcommands its arguments name. Parsing cannot tell the difference: a
 * word that names no built subcommand names none at all, and the message for an unknown word
 * names only the word. Only the usage help sees the whole set, which it lists: {@code -h},
 * {@code --help} and the {@code help} command build all of them.
 */
final class Subcommands {

    /** Name to command class, in the order the usage help lists them. */
    static final SequencedMap<String, Class<?>> ALL = all();

    private Subcommands() {
    }

    private static SequencedMap<String, Class<?>> all() {
        SequencedMap<String, Class<?>> all = new LinkedHashMap<>();
        all.put("models", ModelsCommand.class);
        all.put("monthly", MonthlyCommand.class);
        all.put("daily", DailyCommand.class);
        all.put("graph", GraphCommand.class);
        all.put("pricing", PricingCommand.class);
        all.put("cursor", CursorCommand.class);
        all.put("help", CommandLine.HelpCommand.class);
        return all;
    }

    /** The subcommands to build for these arguments, in usage-help order. */
    static List<Class<?>> neededBy(String[] args) {
        if (asksForHelp(args) || List.of(args).contains("help")) {
            return List.copyOf(ALL.values());
        }
        List<Class<?>> needed = new ArrayList<>();
        for (Map.Entry<String, Class<?>> subcommand : ALL.entrySet()) {
            if (List.of(args).contains(subcommand.getKey())) {
                needed.add(subcommand.getValue());
            }
        }
        return needed;
    }

    /** {@code -h}, {@code --help}, or a cluster of short options with {@code h} (like {@code -hV}). */
    private static boolean asksForHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.length() > 1 && arg.charAt(0) == '-' && arg.charAt(1) != '-' && arg.indexOf('h') > 0) {
                return true;
            }
        }
        return false;
    }
}
