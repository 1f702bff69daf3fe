package dev.jmigrate.cli;

import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.postgres.PostgresDriver;
import dev.jmigrate.embedded.ScratchPostgres;
import dev.jmigrate.verify.DownVerifier;
import dev.jmigrate.verify.VerifyReport;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verify}: applies each migration up, down and up again on a scratch database and checks from the
 * catalog that every down undoes its up. Uses a throw-away embedded PostgreSQL unless {@code -database} names
 * one (which must be empty unless {@code -force}); {@code $DATABASE_URL} is never used.
 */
@Command(name = "verify")
final class VerifyCommand extends Subcommand {
    private static final Set<String> POSTGRES = Set.of("postgres", "postgresql");

    @Option(names = {"-force", "--force"}, arity = "0..1", fallbackValue = "true", converter = GoFlags.Bool.class)
    boolean force;

    @Option(names = {"-stop-at-irreversible", "--stop-at-irreversible"}, arity = "0..1", fallbackValue = "true",
            converter = GoFlags.Bool.class)
    boolean stopAtIrreversible;

    VerifyCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        Path folder = Path.of(invocation.settings().folder());
        String url = invocation.settings().explicitDatabaseUrl();
        if (url != null) {
            return verify(folder, url);
        }
        output().info("starting a scratch embedded PostgreSQL");
        try (ScratchPostgres scratch = ScratchPostgres.start()) {
            return verify(folder, scratch.url());
        }
    }

    private int verify(Path folder, String url) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        if (!POSTGRES.contains(parsed.scheme())) {
            throw new CliException("verify compares PostgreSQL catalogs: give a postgres:// URL, or no -database for a"
                    + " scratch embedded PostgreSQL");
        }
        VerifyReport report = DownVerifier.builder()
                .source(folder)
                .database(url)
                .connector(() -> PostgresDriver.openConnection(parsed))
                .force(force)
                .stopAtIrreversible(stopAtIrreversible)
                .migrator(b -> b.lockTimeout(invocation.settings().lockTimeout())
                        .migrationTimeout(invocation.settings().migrationTimeout()))
                .listener(result -> output().info(result.describe()))
                .build()
                .verify();
        output().result(report.summary());
        return report.exitStatus();
    }

    @Override
    String usage() {
        return """
                Usage: migrate verify [-database URL] [-force] [-stop-at-irreversible]

                Proves that the down migrations work: for each version in order it applies the up migration,
                snapshots the schema from the catalog, applies the down migration, requires the schema to equal
                the one before the up, and applies the up again. Reports the first down that does not undo its
                up with the objects that differ, e.g. "column public.users.phone still exists".
                Without -database it starts a scratch embedded PostgreSQL ($DATABASE_URL is never used); a
                database you name must be empty unless -force is given.
                  -force                 allow a database that is not empty
                  -stop-at-irreversible  stop at the first up migration without a down file
                Exits 1 when a down migration does not undo its up, or a migration fails.
                """ + "\n" + Usage.COMMAND_FOOTER;
    }
}
