package dev.jmigrate.database.sqlite;

import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseDriverProvider;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import java.sql.Connection;
import java.util.Set;

/** {@code sqlite3://} (golang-migrate's mattn driver) and {@code sqlite://} (its modernc driver) URLs, through sqlite-jdbc. */
public final class SqliteDriverProvider implements DatabaseDriverProvider {
    @Override
    public Set<String> schemes() {
        return Set.of("sqlite3", "sqlite");
    }

    @Override
    public DatabaseDriver open(DatabaseUrl url, DriverSettings settings) {
        return SqliteDriver.connect(url, settings);
    }

    @Override
    public boolean handlesProduct(String productName) {
        return "SQLite".equalsIgnoreCase(productName);
    }

    @Override
    public DatabaseDriver attach(Connection connection, DriverSettings settings) {
        return SqliteDriver.attach(connection, settings);
    }
}
