package dev.jmigrate.contract;

import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseDrivers;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import java.util.List;

/**
 * A throw-away database of one kind for the contract suites: its URL as a user writes it, and direct SQL
 * access that bypasses the code under test.
 */
public interface TestTarget extends AutoCloseable {

    /** The URL to give {@code -database}. */
    String url();

    /** Runs statements directly, each on its own. */
    void execute(String... sql);

    /** The first column of a query's rows, as strings. */
    List<String> column(String sql);

    /** The names of the user tables, sorted, the tool's own tables included. */
    List<String> tables();

    /** Whether DDL is transactional here (PostgreSQL, SQLite: yes; MySQL: no). */
    boolean transactionalDdl();

    /**
     * Whether the database reports an SQLSTATE with its errors (SQLite does not: it has result codes, which the
     * driver keeps as the vendor code).
     */
    default boolean reportsSqlState() {
        return true;
    }

    /** SQL that fails at run time with a syntax error, for failure tests. */
    default String syntaxError() {
        return "CREATE TABLEE broken (id int)";
    }

    /** The single value of a query, or null. */
    default String value(String sql) {
        List<String> values = column(sql);
        return values.isEmpty() ? null : values.get(0);
    }

    /** A new driver connected to this database. */
    default DatabaseDriver openDriver() {
        return DatabaseDrivers.open(DatabaseUrl.parse(url()), new DriverSettings("test", "test-host"));
    }

    /** Drops the database. */
    @Override
    void close();
}
