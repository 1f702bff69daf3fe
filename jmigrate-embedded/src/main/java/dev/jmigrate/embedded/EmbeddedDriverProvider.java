package dev.jmigrate.embedded;

import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseDriverProvider;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import dev.jmigrate.database.postgres.PostgresDriver;
import java.util.Set;

/**
 * The {@code embedded:} URL: a PostgreSQL server started inside the tool, its data kept in a folder across
 * runs, stopped when the driver closes. {@code embedded:} uses {@code .migrate/embedded-postgres} under the
 * working directory; {@code embedded:DIR} uses DIR. Query parameters ({@code ?x-migrations-table=...},
 * {@code search_path=...}) mean what they mean in a {@code postgres://} URL.
 */
public final class EmbeddedDriverProvider implements DatabaseDriverProvider {
    @Override
    public Set<String> schemes() {
        return Set.of("embedded");
    }

    @Override
    public DatabaseDriver open(DatabaseUrl url, DriverSettings settings) {
        EmbeddedUrl embedded = EmbeddedUrl.parse(url.raw());
        EmbeddedServer server = EmbeddedServer.start(embedded.dataDirectory());
        try {
            return PostgresDriver.connect(DatabaseUrl.parse(server.url(embedded.query())), settings, server::stop);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }
}
