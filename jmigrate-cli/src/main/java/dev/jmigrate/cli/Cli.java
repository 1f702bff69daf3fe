package dev.jmigrate.cli;

import dev.jmigrate.ToolVersion;
import java.util.List;
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
        Output output = invocation.output();
        MigrateCommand top = new MigrateCommand();
        CommandLine commandLine = new CommandLine(top);
        commands().forEach(commandLine::addSubcommand);
        commandLine.setPosixClusteredShortOptionsAllowed(false)
                .setExpandAtFiles(false)
                .setOverwrittenOptionsAllowed(true)
                .setAllowOptionsAsOptionParameters(true)
                .setAllowSubcommandsAsOptionParameters(true);
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (ParameterException e) {
            return UsageErrors.report(e, output);
        }
        Subcommand command = parsed.subcommand() == null ? null : (Subcommand) parsed.subcommand().commandSpec().userObject();
        GlobalOptions options = command == null ? top.options : GlobalOptions.merge(top.options, command.options);
        invocation.configure(options);
        if (options.versionRequested()) {
            output.result(ToolVersion.get());
            return 0;
        }
        if (top.options.helpRequested()) {
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

    private List<Subcommand> commands() {
        return List.of(new CreateCommand(invocation), new GotoCommand(invocation), new UpCommand(invocation),
                new DownCommand(invocation), new DropCommand(invocation), new ForceCommand(invocation),
                new VersionCommand(invocation), new StatusCommand(invocation), new ValidateCommand(invocation),
                new LocksCommand(invocation), new LintCommand(invocation), new VerifyCommand(invocation));
    }
}
