package dev.jmigrate.cli;

import dev.jmigrate.Problem;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code validate}: checks the folder against the history of applied migrations. */
@Command(name = "validate")
final class ValidateCommand extends Subcommand {
    ValidateCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return invocation.withMigrator(builder -> { }, migrator -> {
            List<Problem> problems = migrator.validate();
            if (problems.isEmpty()) {
                output().info("ok: the folder agrees with the database's history");
                return 0;
            }
            problems.forEach(p -> output().result(kind(p) + ": " + p.message()));
            throw new CliException(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        });
    }

    private static String kind(Problem p) {
        return p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    String usage() {
        return """
                Usage: migrate validate

                Compares the folder with the database's history of applied migrations and prints, one per line,
                every applied file that was edited since (modified) or is gone (missing), and every version below
                the current one that was never applied (out-of-order). Exits 1 when there is any.
                """ + "\n" + Usage.COMMAND_FOOTER;
    }
}
