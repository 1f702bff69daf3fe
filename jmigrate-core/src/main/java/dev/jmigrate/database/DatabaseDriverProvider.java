package dev.jmigrate.database;

import java.sql.Connection;
import java.util.Set;

/**
 * Opens drivers for the URL schemes it handles. Providers are found with {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/dev.jmigrate.database.DatabaseDriverProvider}) or registered
 * explicitly with {@link DatabaseDrivers#register}.
 */
public interface DatabaseDriverProvider {

    /** The URL schemes handled, lower case, e.g. {@code postgres} and {@code postgresql}. */
    Set<String> schemes();

    /**
     * Connects.
     *
     * @throws DatabaseUrlException when the URL's form or parameters are wrong
     * @throws ConnectionException when the server cannot be reached or refuses the login
     */
    DatabaseDriver open(DatabaseUrl url, DriverSettings settings);

    /** Whether {@link #attach} serves connections to a database product, as JDBC names it (e.g. {@code PostgreSQL}). */
    default boolean handlesProduct(String productName) {
        return false;
    }

    /**
     * Uses a connection the caller opened; closing the driver closes it.
     *
     * @throws UnsupportedOperationException when {@link #handlesProduct} is false for its product
     */
    default DatabaseDriver attach(Connection connection, DriverSettings settings) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot use a connection it did not open");
    }
}
