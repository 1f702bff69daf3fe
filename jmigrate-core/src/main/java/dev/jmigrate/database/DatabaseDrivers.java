package dev.jmigrate.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Finds the driver provider for a URL scheme among those registered and those on the class path. */
public final class DatabaseDrivers {
    private static final List<DatabaseDriverProvider> REGISTERED = new CopyOnWriteArrayList<>();

    private DatabaseDrivers() {
    }

    /** Adds a provider ahead of those found on the class path (for schemes of your own or to override ours). */
    public static void register(DatabaseDriverProvider provider) {
        REGISTERED.add(0, provider);
    }

    /**
     * Opens a driver for the URL.
     *
     * @throws DatabaseUrlException for an unknown scheme, naming the supported ones
     */
    public static DatabaseDriver open(DatabaseUrl url, DriverSettings settings) {
        return provider(url.scheme(), Thread.currentThread().getContextClassLoader()).open(url, settings);
    }

    /**
     * Uses a connection the caller opened, choosing the driver by the connection's database product.
     *
     * @throws DatabaseUrlException when no driver serves that product
     */
    public static DatabaseDriver attach(Connection connection, DriverSettings settings) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new DatabaseException("reading the connection's database product", e);
        }
        for (DatabaseDriverProvider provider : providers(Thread.currentThread().getContextClassLoader())) {
            if (provider.handlesProduct(product)) {
                return provider.attach(connection, settings);
            }
        }
        throw new DatabaseUrlException("no driver for " + product + " connections; supported: PostgreSQL, MySQL, MariaDB, SQLite");
    }

    /** The provider of a scheme. */
    static DatabaseDriverProvider provider(String scheme, ClassLoader loader) {
        Map<String, DatabaseDriverProvider> byScheme = bySchemes(loader);
        DatabaseDriverProvider provider = byScheme.get(scheme);
        if (provider == null) {
            throw new DatabaseUrlException("unknown database scheme '" + scheme + ":'; supported: "
                    + String.join(", ", byScheme.keySet()));
        }
        return provider;
    }

    private static List<DatabaseDriverProvider> providers(ClassLoader loader) {
        List<DatabaseDriverProvider> all = new ArrayList<>(REGISTERED);
        for (DatabaseDriverProvider provider : ServiceLoader.load(DatabaseDriverProvider.class, loader)) {
            all.add(provider);
        }
        return all;
    }

    private static Map<String, DatabaseDriverProvider> bySchemes(ClassLoader loader) {
        Map<String, DatabaseDriverProvider> byScheme = new TreeMap<>();
        for (DatabaseDriverProvider provider : providers(loader)) {
            for (String scheme : provider.schemes()) {
                byScheme.putIfAbsent(scheme, provider);
            }
        }
        return byScheme;
    }
}
