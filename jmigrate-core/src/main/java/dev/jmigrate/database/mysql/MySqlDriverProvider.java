package dev.jmigrate.database.mysql;

import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseDriverProvider;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import java.sql.Connection;
import java.util.Set;

/** {@code mysql://} and {@code mariadb://} URLs, through MariaDB Connector/J. */
public final class MySqlDriverProvider implements DatabaseDriverProvider {
    @Override
    public Set<String> schemes() {
        return Set.of("mysql", "mariadb");
    }

    @Override
    public DatabaseDriver open(DatabaseUrl url, DriverSettings settings) {
        return MySqlDriver.connect(url, settings);
    }

    @Override
    public boolean handlesProduct(String productName) {
        return "MySQL".equalsIgnoreCase(productName) || "MariaDB".equalsIgnoreCase(productName);
    }

    @Override
    public DatabaseDriver attach(Connection connection, DriverSettings settings) {
        return MySqlDriver.attach(connection, settings);
    }
}
