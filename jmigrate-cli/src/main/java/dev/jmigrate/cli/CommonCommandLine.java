package dev.jmigrate.cli;

import dev.jmigrate.go.GoDuration;
import java.util.List;
import java.util.Map;

/**
 * The command lines deploy scripts type over and over ({@code -path P -database URL up}, {@code version},
 * {@code down -all}, {@code status -json}, {@code goto V}, {@code force V}), read without picocli: building
 * picocli's model by reflection costs a short command more than a third of its own work. Anything outside this
 * small grammar (help, verbose, dry runs, {@code -name=value}, unknown words, a value that does not convert) is
 * left to picocli, which also owns every usage error. For every command line it accepts, the result equals
 * picocli's; a property test holds the two to that.
 *
 * <p>Grammar: global options ({@code -name value} or {@code --name value}, for source, path, database, prefetch,
 * lock-timeout, migration-timeout and group-commit) before and after one command; after it, positional arguments that do not
 * start with {@code -}; a command's boolean flag only as the very last word.
 */
final class CommonCommandLine {
    private static final Map<String, List<String>> FLAGS = Map.of(
            "version", List.of(), "up", List.of(), "goto", List.of(), "force", List.of(),
            "down", List.of("all"), "status", List.of("json", "exit-code"));

    private CommonCommandLine() {
    }

    /** A parsed command line: the command with its own options, and the global options written before it. */
    record Parsed(Subcommand command, GlobalOptions before) {
    }

    /** The parsed command line, or null when it is not in the grammar and picocli must read it. */
    static Parsed parse(String[] args, Invocation invocation) {
        GlobalOptions before = new GlobalOptions();
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            if (!global(args, i, before)) {
                return null;
            }
            i += 2;
        }
        if (i == args.length || !FLAGS.containsKey(args[i])) {
            return null;
        }
        String name = args[i++];
        Subcommand command = Cli.command(name, invocation);
        for (; i < args.length; i++) {
            String word = args[i];
            if (!word.startsWith("-")) {
                command.args.add(word);
            } else if (i == args.length - 1 && FLAGS.get(name).contains(optionName(word))) {
                setFlag(command, optionName(word));
            } else if (global(args, i, command.options)) {
                i++;
            } else {
                return null;
            }
        }
        return new Parsed(command, before);
    }

    /** Reads {@code args[i]} and its value into {@code options}; false when they are not a global option and value. */
    private static boolean global(String[] args, int i, GlobalOptions options) {
        if (i + 1 >= args.length) {
            return false;
        }
        String value = args[i + 1];
        if (value.equals("--")) {
            return false;
        }
        try {
            switch (optionName(args[i])) {
                case "source" -> options.source = value;
                case "path" -> options.path = value;
                case "database" -> options.database = value;
                case "prefetch" -> options.prefetch = GoFlags.parseUint(value);
                case "lock-timeout" -> options.lockTimeout = GoFlags.parseUint(value);
                case "migration-timeout" -> options.migrationTimeout = GoDuration.parse(value);
                case "group-commit" -> options.groupCommit = GoDuration.parse(value);
                default -> {
                    return false;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return true;
    }

    /** {@code path} for {@code -path} and {@code --path}; an empty string for anything else. */
    private static String optionName(String word) {
        if (word.startsWith("--")) {
            return word.substring(2);
        }
        return word.startsWith("-") ? word.substring(1) : "";
    }

    private static void setFlag(Subcommand command, String flag) {
        switch (flag) {
            case "all" -> ((DownCommand) command).all = true;
            case "json" -> ((StatusCommand) command).json = true;
            case "exit-code" -> ((StatusCommand) command).exitCode = true;
            default -> throw new IllegalArgumentException(flag);
        }
    }
}
