package dev.jmigrate.cli;

import dev.jmigrate.testing.TestDatabase;
import dev.jmigrate.testing.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh PostgreSQL database and the sparse fixture folder for each test. */
abstract class PostgresCase {
    /** A progress line's duration as Go prints a {@code time.Duration}. */
    static final String GO_DURATION = "(0s|\\d+ns|\\d+(\\.\\d+)?µs|\\d+(\\.\\d+)?ms|(\\d+h)?(\\d+m)?\\d+(\\.\\d+)?s)";

    @TempDir
    Path tmp;

    TestDatabase db;
    Path dir;

    @BeforeEach
    void createDatabase() {
        db = TestPostgres.server().createDatabase();
        dir = Fixtures.sparse(tmp);
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    /** Runs {@code migrate -path <fixture> -database <url> args...}. */
    Migrate.Result migrate(String... args) {
        return migrate(Migrate.tool(), args);
    }

    Migrate.Result migrate(Migrate tool, String... args) {
        List<String> all = new ArrayList<>(List.of("-path", dir.toString(), "-database", db.url()));
        all.addAll(List.of(args));
        return tool.run(all.toArray(String[]::new));
    }

    /** The progress line of one migration, as a regular expression. */
    static String progress(String migration) {
        return java.util.regex.Pattern.quote(migration) + " \\(" + GO_DURATION + "\\)";
    }

    String version() {
        return migrate("version").out().strip();
    }

    List<String> userTables() {
        return db.tables().stream().filter(t -> !t.startsWith("schema_migrations")).toList();
    }
}
