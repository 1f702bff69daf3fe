package dev.jmigrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code up [N]}: applies every pending migration, or the next N. */
@Command(name = "up")
final class UpCommand extends MigratingCommand {
    @Mixin
    ValidationOptions validation = new ValidationOptions();

    UpCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return invocation.withMigrator(validation::apply, migrator -> {
            Long limit = args.isEmpty() ? null : Arguments.limit(args.get(0));
            if (dryRun) {
                return limit == null ? dryRun(migrator, m -> m.planUp())
                        : limit == 0 ? noChange() : dryRun(migrator, m -> m.planSteps(limit));
            }
            return migrate(migrator, m -> limit == null ? m.up() : m.steps(limit));
        });
    }

    @Override
    String usage() {
        return """
                Usage: migrate up [N] [-dry-run] [-allow-out-of-order] [-skip-validation]

                Applies every pending migration in version order, or only the next N. Prints "no change" when
                nothing is pending. When fewer than N are pending, applies them and fails with "limit <n> short".

                Options:
                  -dry-run              Print the migrations and statements that would run; change nothing
                """ + ValidationOptions.USAGE + "\n" + Usage.COMMAND_FOOTER;
    }
}
