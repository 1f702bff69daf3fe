package dev.jmigrate.database.mysql;

import dev.jmigrate.database.ConnectionException;
import dev.jmigrate.database.ServerError;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/** Reads Connector/J's exceptions: the server's error for failed statements, and a diagnosis for failed logins. */
final class MySqlErrors {
    static final int ACCESS_DENIED = 1045;
    static final int DATABASE_ACCESS_DENIED = 1044;
    static final int UNKNOWN_DATABASE = 1049;
    static final int NO_SUCH_TABLE = 1146;
    static final int HOST_NOT_PRIVILEGED = 1130;
    private static final Pattern CONNECTION_PREFIX = Pattern.compile("^\\(conn=\\d+\\) ");

    private MySqlErrors() {
    }

    /** The server's message as go-sql-driver prints it ({@code Error 1146: Table 'a.b' doesn't exist}), SQLSTATE and code. */
    static ServerError serverError(SQLException e) {
        String message = text(e);
        if (e.getErrorCode() > 0) {
            message = "Error " + e.getErrorCode() + ": " + message;
        }
        return new ServerError(message, null, null, e.getSQLState(), e.getErrorCode(), 0);
    }

    /** The message without Connector/J's {@code (conn=N)} prefix. */
    static String text(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return CONNECTION_PREFIX.matcher(message).replaceFirst("");
    }

    /** A connection failure explained: which of host, port, credentials, database or TLS was wrong. */
    static ConnectionException connectionFailed(MySqlUrl url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = text(e);
        String lower = server.toLowerCase(Locale.ROOT);
        int code = e.getErrorCode();
        String user = url.user().isEmpty() ? "(none)" : url.user();
        String diagnosis;
        if (hasCause(e, UnknownHostException.class)) {
            diagnosis = "the host name does not resolve; check the host in the URL";
        } else if (hasCause(e, ConnectException.class) || hasCause(e, NoRouteToHostException.class)) {
            diagnosis = "nothing accepts connections there; is the server running, and are the host and port right?";
        } else if (code == 0 && url.address().startsWith("/") && !lower.contains("ssl")) {
            diagnosis = "nothing answers on the Unix socket " + url.address() + "; is the server running, and is the"
                    + " path right (the server's SELECT @@socket tells)?";
        } else if (hasCause(e, SocketTimeoutException.class)) {
            diagnosis = "the server did not answer in time; check the host, the port and any firewall";
        } else if (code == ACCESS_DENIED) {
            diagnosis = "the server rejected the credentials of user \"" + user + "\"; check the user and password in the"
                    + " URL (percent-encode reserved characters such as @ : / ? # in the password)";
        } else if (code == DATABASE_ACCESS_DENIED) {
            diagnosis = "user \"" + user + "\" may not use database \"" + url.databaseName() + "\"; GRANT it access or"
                    + " fix the database name";
        } else if (code == UNKNOWN_DATABASE) {
            diagnosis = "the database does not exist; create it (CREATE DATABASE `" + url.databaseName() + "`) or fix the"
                    + " name in the URL";
        } else if (code == HOST_NOT_PRIVILEGED) {
            diagnosis = "the server does not let user \"" + user + "\" in from this host; check its user@host grants";
        } else if (lower.contains("ssl not enabled")) {
            diagnosis = "the server does not offer TLS; use tls=false, or tls=preferred to use TLS only where offered";
        } else if (hasCause(e, SSLException.class) || lower.contains("ssl") || lower.contains("tls")
                || lower.contains("certificate")) {
            diagnosis = "the TLS handshake failed; the server's certificate may not verify (check x-tls-ca, or use"
                    + " tls=skip-verify) or the server may require a client certificate (x-tls-cert and x-tls-key)";
        } else {
            diagnosis = "check that the URL names a running MySQL or MariaDB server";
        }
        return new ConnectionException("cannot connect to MySQL at " + url.target() + ": " + diagnosis
                + "\n  server said: " + server + (code > 0 ? " (error " + code + ")" : "")
                + (state.isEmpty() ? "" : " (SQLSTATE " + state + ")"), state, e);
    }

    static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
