package dev.jmigrate.bench;

/**
 * The database one tool migrates in one round, and the files it migrates it with.
 *
 * @param server   the PostgreSQL server
 * @param database the tool's own fresh database
 * @param layout   the generated files
 */
public record Target(Server server, String database, Generator.Layout layout) {

    /** The golang-migrate / dbmate style URL of the database. */
    public String url() {
        return server.url(database);
    }

    /** The JDBC URL of the database. */
    public String jdbcUrl() {
        return server.jdbcUrl(database);
    }
}
