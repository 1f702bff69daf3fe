package dev.jmigrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestPostgresTest {
    @Test
    void createsAndDropsIsolatedDatabases() {
        String name;
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            name = db.name();
            db.execute("CREATE TABLE t (id int)");
            assertThat(db.tables()).containsExactly("t");
        }
        try (TestDatabase other = TestPostgres.server().createDatabase()) {
            assertThat(other.value("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")).isEqualTo("0");
        }
    }
}
