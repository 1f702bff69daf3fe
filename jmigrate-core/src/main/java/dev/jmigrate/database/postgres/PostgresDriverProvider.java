package dev.jmigrate.database.postgres;

import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseDriverProvider;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import java.sql.Connection;
import java.util.Set;

/** {@code postgres://} and {@code postgresql://} URLs, through pgjdbc. */
public final class PostgresDriverProvider implements DatabaseDriverProvider {
    @Override
    public Set<String> schemes() {
        return Set.of("postgres", "postgresql");
    }

    @Override
    public DatabaseDriver open(DatabaseUrl url, DriverSettings settings) {
        return PostgresDriver.connect(url, settings);
    }

    @Override
    public boolean handlesProduct(String productName) {
        return "PostgreSQL".equalsIgnoreCase(productName);
    }

    @Override
    public DatabaseDriver attach(Connection connection, DriverSettings settings) {
        return PostgresDriver.attach(connection, settings);
    }
}
