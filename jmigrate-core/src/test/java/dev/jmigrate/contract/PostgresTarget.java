package dev.jmigrate.contract;

import dev.jmigrate.testing.TestDatabase;
import dev.jmigrate.testing.TestPostgres;
import java.util.List;

/** A fresh database on the test PostgreSQL server. */
public final class PostgresTarget implements TestTarget {
    private final TestDatabase db = TestPostgres.server().createDatabase();

    public TestDatabase database() {
        return db;
    }

    @Override
    public String url() {
        return db.url();
    }

    @Override
    public void execute(String... sql) {
        db.execute(sql);
    }

    @Override
    public List<String> column(String sql) {
        return db.column(sql);
    }

    @Override
    public List<String> tables() {
        return db.tables();
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public void close() {
        db.close();
    }
}
