package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.Migrator;
import dev.jmigrate.database.VersionState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** Library users hand the migrator their DataSource instead of a URL. */
class DataSourceTest {
    @TempDir
    Path dir;

    @Test
    void migratesThroughADataSourceAndTheGolangMigrateLockStillExcludes() {
        try (PostgresTarget target = new PostgresTarget()) {
            target.execute("CREATE TABLE events (step varchar(10))");
            MigrationFolder folder = MigrationFolder.sparse(dir.resolve("migrations"));
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(target.database().jdbcUrl());
            ds.setUser(target.database().server().user());
            try (Migrator m = Migrator.builder().path(folder.path()).dataSource(ds).build()) {
                assertThat(m.up().applied()).hasSize(5);
                assertThat(m.version()).isEqualTo(VersionState.clean(7));
            }
            try (Migrator m = Migrator.builder().path(folder.path()).database(target.url()).build()) {
                assertThat(m.version()).isEqualTo(VersionState.clean(7));
                assertThat(m.status().hasProblems()).isFalse();
            }
            assertThat(target.column("SELECT step FROM events")).containsExactly("1u", "3u", "4u", "7u");
        }
    }
}
