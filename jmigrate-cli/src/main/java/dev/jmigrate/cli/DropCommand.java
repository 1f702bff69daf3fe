package dev.jmigrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code drop [-f]}: drops everything in the database's schema. */
@Command(name = "drop")
final class DropCommand extends Subcommand {
    static final String QUESTION = "Are you sure you want to drop the entire database schema? [y/N]";
    static final String AGREED = "Dropping the entire database schema";
    static final String DECLINED = "Aborted dropping the entire database schema";

    @Option(names = {"-f", "--f"}, arity = "0..1", fallbackValue = "true", converter = GoFlags.Bool.class)
    boolean force;

    DropCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        if (!force) {
            if (!Confirmation.ask(output(), invocation.in(), QUESTION)) {
                throw CliException.bare(DECLINED);
            }
            output().info(AGREED);
        }
        return invocation.withMigrator(builder -> { }, migrator -> {
            migrator.drop();
            invocation.finished();
            return 0;
        });
    }

    @Override
    String usage() {
        return """
                Usage: migrate drop [-f]

                Drops every object of the database's current schema (tables, views, sequences, types,
                routines; on PostgreSQL the extensions installed in it too), the version table included. Asks for confirmation (answer y) unless -f is given.

                Options:
                  -f                    Do not ask
                """ + Usage.COMMAND_FOOTER;
    }
}
