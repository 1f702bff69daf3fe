package dev.jmigrate.cli;

import picocli.CommandLine.Command;

/** {@code force V}: records version V as applied and clean, running nothing. */
@Command(name = "force")
final class ForceCommand extends Subcommand {
    ForceCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return invocation.withMigrator(builder -> { }, migrator -> {
            long version = Arguments.signedVersion(args);
            migrator.force(version);
            invocation.finished();
            return 0;
        });
    }

    @Override
    String usage() {
        return """
                Usage: migrate force V

                Sets the database's version to V and clears the dirty flag, without running any migration. Use it
                after repairing a migration that failed partway. V = -1 means no migration applied; it needs no
                "--" in front.
                """ + "\n" + Usage.COMMAND_FOOTER;
    }
}
