package dev.jmigrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code goto V}: moves up or down to version V. */
@Command(name = "goto")
final class GotoCommand extends MigratingCommand {
    @Mixin
    ValidationOptions validation = new ValidationOptions();

    GotoCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return invocation.withMigrator(validation::apply, migrator -> {
            long version = Arguments.unsignedVersion(args);
            if (dryRun) {
                return dryRun(migrator, m -> m.planMigrateTo(version));
            }
            return migrate(migrator, m -> m.migrateTo(version));
        });
    }

    @Override
    String usage() {
        return """
                Usage: migrate goto V [-dry-run] [-allow-out-of-order] [-skip-validation]

                Applies or reverts migrations, one version at a time, until the database is at version V, which
                must be a version of the folder. Prints "no change" when it already is.

                Options:
                  -dry-run              Print the migrations and statements that would run; change nothing
                """ + ValidationOptions.USAGE + "\n" + Usage.COMMAND_FOOTER;
    }
}
