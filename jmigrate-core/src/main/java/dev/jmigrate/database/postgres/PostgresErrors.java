package dev.jmigrate.database.postgres;

import dev.jmigrate.database.ConnectionException;
import dev.jmigrate.database.ServerError;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import javax.net.ssl.SSLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Reads pgjdbc's exceptions: the server's fields for failed statements, and a diagnosis for failed logins. */
final class PostgresErrors {
    private PostgresErrors() {
    }

    static ServerError serverError(SQLException e) {
        ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if (m == null) {
            return ServerError.from(e);
        }
        return new ServerError(m.getMessage(), m.getDetail(), m.getHint(), m.getSQLState(), 0, m.getPosition());
    }

    /** A connection failure explained: which of host, port, credentials, database or TLS was wrong. */
    static ConnectionException connectionFailed(String target, String user, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = serverError(e).message();
        String diagnosis;
        if (hasCause(e, UnknownHostException.class)) {
            diagnosis = "the host name does not resolve; check the host in the URL";
        } else if (hasCause(e, ConnectException.class) || hasCause(e, NoRouteToHostException.class)) {
            diagnosis = "nothing accepts connections there; is the server running, and are the host and port right?";
        } else if (hasCause(e, SocketTimeoutException.class)) {
            diagnosis = "the server did not answer in time; check the host, the port and any firewall";
        } else if (state.equals("28P01") || server.contains("password authentication failed")) {
            diagnosis = "the server rejected the credentials of user \"" + user + "\"; check the user and password in the URL";
        } else if (server.contains("no pg_hba.conf entry") && server.contains("no encryption")) {
            diagnosis = "the server requires TLS for this client; add sslmode=require to the URL";
        } else if (state.startsWith("28")) {
            diagnosis = "the server does not let user \"" + user + "\" in; check the user name and the server's pg_hba.conf";
        } else if (state.equals("3D000")) {
            diagnosis = "the database does not exist; create it (createdb, or CREATE DATABASE) or fix the name in the URL";
        } else if (server.contains("does not support SSL") || hasCause(e, SSLException.class) || server.contains("SSL")) {
            diagnosis = "the TLS handshake failed; the server may not offer TLS (use sslmode=prefer or disable) "
                    + "or its certificate did not verify (check sslrootcert, or use sslmode=require)";
        } else {
            diagnosis = "check that the URL names a running PostgreSQL server";
        }
        return new ConnectionException("cannot connect to PostgreSQL at " + target + ": " + diagnosis
                + "\n  server said: " + server + (state.isEmpty() ? "" : " (SQLSTATE " + state + ")"), state, e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
