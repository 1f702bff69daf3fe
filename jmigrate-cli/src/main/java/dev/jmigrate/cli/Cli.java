package dev.jmigrate.cli;

import dev.jmigrate.ToolVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Parses the command line, answers {@code -version} and {@code -help}, and runs the command. */
final class Cli {
    private final Invocation invocation;

    Cli(Invocation invocation) {
        this.invocation = invocation;
    }

    int run(String[] args) {
        CommonCommandLine.Parsed common = CommonCommandLine.parse(args, invocation);
        if (common != null) {
            return run(common.command(), common.before());
        }
        MigrateCommand top = new MigrateCommand();
        ParseResult parsed;
        try {
            parsed = picocli(top, args).parseArgs(args);
        } catch (ParameterException e) {
            return UsageErrors.report(e, invocation.output());
        }
        return run(parsed.subcommand() == null ? null : (Subcommand) parsed.subcommand().commandSpec().userObject(),
                top.options);
    }

    /** picocli configured as golang-migrate reads flags, with the commands the arguments name. */
    CommandLine picocli(MigrateCommand top, String[] args) {
        CommandLine commandLine = new CommandLine(top);
        commandsNamedIn(args).forEach(commandLine::addSubcommand);
        return commandLine.setPosixClusteredShortOptionsAllowed(false)
                .setExpandAtFiles(false)
                .setOverwrittenOptionsAllowed(true)
                .setAllowOptionsAsOptionParameters(true)
                .setAllowSubcommandsAsOptionParameters(true);
    }

    private int run(Subcommand command, GlobalOptions before) {
        Output output = invocation.output();
        GlobalOptions options = command == null ? before : GlobalOptions.merge(before, command.options);
        invocation.configure(options);
        if (options.versionRequested()) {
            output.result(ToolVersion.get());
            return 0;
        }
        if (before.helpRequested()) {
            output.result(Usage.TOP);
            return 0;
        }
        if (command == null) {
            output.plain(Usage.TOP);
            return UsageErrors.EXIT_CODE;
        }
        if (command.options.helpRequested()) {
            output.result(command.usage());
            return 0;
        }
        try {
            return command.call();
        } catch (RuntimeException e) {
            return new ErrorReporter(output, invocation.settings()).report(e);
        }
    }

    /**
     * The commands whose names appear among the arguments. picocli builds a command's model by reflection when it
     * is registered, which costs more than the rest of a short command's start-up, so only the commands a run can
     * need are registered: a word that names no command is then an unknown command, as before.
     */
    private List<Subcommand> commandsNamedIn(String[] args) {
        Set<String> words = new HashSet<>(Arrays.asList(args));
        List<Subcommand> commands = new ArrayList<>();
        for (String name : COMMAND_NAMES) {
            if (words.contains(name)) {
                commands.add(command(name, invocation));
            }
        }
        return commands;
    }

    static final List<String> COMMAND_NAMES = List.of("create", "goto", "up", "down", "drop", "force", "version", "status",
            "validate", "locks", "lint", "verify");

    /** A new command object for a name of {@link #COMMAND_NAMES}; a switch, not a table of lambdas, to start fast. */
    static Subcommand command(String name, Invocation invocation) {
        return switch (name) {
            case "create" -> new CreateCommand(invocation);
            case "goto" -> new GotoCommand(invocation);
            case "up" -> new UpCommand(invocation);
            case "down" -> new DownCommand(invocation);
            case "drop" -> new DropCommand(invocation);
            case "force" -> new ForceCommand(invocation);
            case "version" -> new VersionCommand(invocation);
            case "status" -> new StatusCommand(invocation);
            case "validate" -> new ValidateCommand(invocation);
            case "locks" -> new LocksCommand(invocation);
            case "lint" -> new LintCommand(invocation);
            case "verify" -> new VerifyCommand(invocation);
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }
}
