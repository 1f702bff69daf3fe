package dev.jmigrate.cli;

import dev.jmigrate.MigrationPlan;
import dev.jmigrate.MigrationResult;
import dev.jmigrate.Migrator;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** {@code up}, {@code down} and {@code goto}: they move the schema, can be stopped with Ctrl-C, and have a dry run. */
abstract class MigratingCommand extends Subcommand {
    @Option(names = {"-dry-run", "--dry-run"}, arity = "0..1", fallbackValue = "true", converter = GoFlags.Bool.class)
    boolean dryRun;

    MigratingCommand(Invocation invocation) {
        super(invocation);
    }

    /** Runs the operation; the first Ctrl-C lets the running migration finish and ends with success. */
    int migrate(Migrator migrator, Function<Migrator, MigrationResult> operation) {
        Signals.Registration registration = invocation.signals()
                .onInterrupt(new GracefulStop(output(), migrator::requestStop));
        MigrationResult result;
        try {
            result = operation.apply(migrator);
        } finally {
            registration.close();
        }
        if (result.isNoChange()) {
            output().info("no change");
        }
        invocation.finished();
        return 0;
    }

    /** Prints what the operation would run (stdout) and a summary (stderr); changes nothing. */
    int dryRun(Migrator migrator, Function<Migrator, MigrationPlan> planner) {
        MigrationPlan plan = planner.apply(migrator);
        if (plan.isNoChange()) {
            output().info("no change");
        } else {
            output().result(PlanPrinter.render(plan));
            output().info(PlanPrinter.summary(plan));
        }
        if (plan.shortBy() > 0) {
            throw new CliException("limit " + plan.shortBy() + " short");
        }
        return 0;
    }

    /** The dry run of a zero-step move: like {@code steps(0)}, nothing, without asking the planner. */
    int noChange() {
        output().info("no change");
        return 0;
    }
}
