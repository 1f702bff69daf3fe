package dev.jmigrate.cli;

import dev.jmigrate.database.VersionState;
import picocli.CommandLine.Command;

/** {@code version}: prints the current version, {@code <v>} or {@code <v> (dirty)}. */
@Command(name = "version")
final class VersionCommand extends Subcommand {
    VersionCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return invocation.withMigrator(builder -> { }, migrator -> {
            VersionState version = migrator.version();
            if (version.isNone()) {
                throw new CliException("no migration");
            }
            output().result(version.toString());
            return 0;
        });
    }

    @Override
    String usage() {
        return """
                Usage: migrate version

                Prints the database's current version on stdout, followed by " (dirty)" when a migration failed
                partway. Fails with "no migration" when none is applied. Takes no lock.
                """ + "\n" + Usage.COMMAND_FOOTER;
    }
}
