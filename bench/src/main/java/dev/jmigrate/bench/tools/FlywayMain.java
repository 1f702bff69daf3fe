package dev.jmigrate.bench.tools;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Runs Flyway the way its command line does, in a JVM of its own:
 * {@code FlywayMain migrate|version|info FOLDER JDBC_URL USER}, the password (if any) in
 * {@code BENCH_FLYWAY_PASSWORD}. Exits 0 on success, 1 on failure.
 */
public final class FlywayMain {
    private FlywayMain() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: FlywayMain migrate|version|info FOLDER JDBC_URL USER");
            System.exit(2);
        }
        Flyway flyway = Flyway.configure()
                .dataSource(args[2], args[3], System.getenv(FlywayTool.PASSWORD_ENV))
                .locations("filesystem:" + args[1])
                .load();
        switch (args[0]) {
            case "migrate" -> System.out.println("applied " + flyway.migrate().migrationsExecuted + " migrations");
            case "version" -> {
                MigrationInfo current = flyway.info().current();
                System.out.println(current == null ? "none" : current.getVersion().toString());
            }
            case "info" -> {
                MigrationInfoService info = flyway.info();
                StringBuilder out = new StringBuilder();
                for (MigrationInfo m : info.all()) {
                    out.append(m.getVersion()).append(" | ").append(m.getDescription()).append(" | ")
                            .append(m.getState().getDisplayName()).append(" | ").append(m.getInstalledOn())
                            .append(" | ").append(m.getExecutionTime()).append('\n');
                }
                MigrationInfo current = info.current();
                out.append("current version: ").append(current == null ? "none" : current.getVersion());
                System.out.println(out);
            }
            default -> {
                System.err.println("unknown action " + args[0]);
                System.exit(2);
            }
        }
    }
}
