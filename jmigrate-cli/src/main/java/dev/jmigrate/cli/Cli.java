package dev.jmigrate.cli;

import dev.jmigrate.ToolVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
        CommonCommandLine.Parsed common = CommonCommandLine.parse(args, invocation, COMMANDS);
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
        COMMANDS.forEach((name, make) -> {
            if (words.contains(name)) {
                commands.add(make.apply(invocation));
            }
        });
        return commands;
    }

    static final Map<String, Function<Invocation, Subcommand>> COMMANDS = commandTable();

    private static Map<String, Function<Invocation, Subcommand>> commandTable() {
        Map<String, Function<Invocation, Subcommand>> table = new LinkedHashMap<>();
        table.put("create", CreateCommand::new);
        table.put("goto", GotoCommand::new);
        table.put("up", UpCommand::new);
        table.put("down", DownCommand::new);
        table.put("drop", DropCommand::new);
        table.put("force", ForceCommand::new);
        table.put("version", VersionCommand::new);
        table.put("status", StatusCommand::new);
        table.put("validate", ValidateCommand::new);
        table.put("locks", LocksCommand::new);
        table.put("lint", LintCommand::new);
        table.put("verify", VerifyCommand::new);
        return table;
    }
}
