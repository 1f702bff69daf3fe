package dev.jmigrate.database.mysql;

import dev.jmigrate.database.DatabaseUrlException;
import dev.jmigrate.database.UrlParameters;
import java.util.Locale;
import java.util.Properties;

/**
 * go-sql-driver's {@code tls} parameter and golang-migrate's {@code x-tls-*} parameters, translated to MariaDB
 * Connector/J's {@code sslMode}, {@code serverSslCert} and {@code keyStore} options.
 *
 * <ul>
 *   <li>{@code tls=false} (the default): no TLS ({@code sslMode=disable}).
 *   <li>{@code tls=true}: TLS, the server's certificate verified against the JVM's trusted roots and its host name
 *       ({@code verify-full}), as Go verifies against the system roots.
 *   <li>{@code tls=skip-verify}: TLS without any verification ({@code trust}).
 *   <li>{@code tls=preferred}: TLS without verification when the server offers it, else plain text (Connector/J has
 *       no such mode: the driver tries {@code trust} and reconnects without TLS when the server has none).
 *   <li>any other value names a custom configuration built from {@code x-tls-ca} (required: the CA certificate the
 *       server's certificate must chain to, host name verified: {@code verify-full} with {@code serverSslCert}),
 *       {@code x-tls-insecure-skip-verify} (true: no verification at all, {@code trust}).
 * </ul>
 *
 * <p>golang-migrate reads the {@code x-tls-*} files for custom configurations only; jmigrate also uses {@code x-tls-ca}
 * with {@code tls=true} (as the trusted CA instead of the JVM's roots) and the client certificate with every TLS mode
 * (so it checks that {@code x-tls-cert} and {@code x-tls-key} come together whatever {@code tls} says).
 * golang-migrate treats {@code tls=preferred} as the name of a custom configuration (and then demands
 * {@code x-tls-ca}); jmigrate gives it go-sql-driver's meaning.
 *
 * <p>{@code x-tls-cert} and {@code x-tls-key} (PEM files, both or neither) give a client certificate; Connector/J
 * reads client keys only from a key store, so the driver converts them into a temporary PKCS#12 file that it deletes
 * as soon as the connection is made ({@link MySqlClientKeyStore}).
 *
 * @param mode the Connector/J {@code sslMode}
 * @param name the {@code tls} value as written (the custom configuration's name), or empty
 * @param caFile {@code x-tls-ca}, or null
 * @param certFile {@code x-tls-cert}, or null
 * @param keyFile {@code x-tls-key}, or null
 * @param fallbackToPlaintext whether to connect without TLS when the server offers none
 */
public record MySqlTls(String mode, String name, String caFile, String certFile, String keyFile, boolean fallbackToPlaintext) {
    static final String DISABLE = "disable";
    static final String TRUST = "trust";
    static final String VERIFY_FULL = "verify-full";

    static MySqlTls from(UrlParameters params) {
        String tls = params.get("tls");
        String ca = blankToNull(params.get("x-tls-ca"));
        String cert = blankToNull(params.get("x-tls-cert"));
        String key = blankToNull(params.get("x-tls-key"));
        boolean skipVerify = params.bool("x-tls-insecure-skip-verify", false);
        if ((cert == null) != (key == null)) {
            throw new DatabaseUrlException("to use TLS client authentication, both x-tls-cert and x-tls-key must not be empty");
        }
        if (tls == null || tls.isEmpty()) {
            return new MySqlTls(DISABLE, "", ca, cert, key, false);
        }
        Boolean bool = goBool(tls);
        if (bool != null) {
            return new MySqlTls(bool ? VERIFY_FULL : DISABLE, tls, ca, cert, key, false);
        }
        String lower = tls.toLowerCase(Locale.ROOT);
        if (lower.equals("skip-verify")) {
            return new MySqlTls(TRUST, tls, ca, cert, key, false);
        }
        if (lower.equals("preferred")) {
            return new MySqlTls(TRUST, tls, ca, cert, key, true);
        }
        if (ca == null) {
            throw new DatabaseUrlException("tls=" + tls + " names a custom TLS configuration, which needs x-tls-ca=<file>"
                    + " (the CA certificate, PEM); or use tls=true (verify against the JVM's trusted roots), tls=skip-verify"
                    + " or tls=preferred");
        }
        return new MySqlTls(skipVerify ? TRUST : VERIFY_FULL, tls, ca, cert, key, false);
    }

    /** Whether the connection uses TLS at all. */
    public boolean enabled() {
        return !mode.equals(DISABLE);
    }

    /** Whether a client certificate is given. */
    public boolean clientCertificate() {
        return certFile != null;
    }

    /** Sets the Connector/J options other than the client key store. */
    void apply(Properties props) {
        props.setProperty("sslMode", mode);
        if (enabled() && caFile != null && mode.equals(VERIFY_FULL)) {
            props.setProperty("serverSslCert", caFile);
        }
    }

    /** The same configuration without TLS, for {@code tls=preferred} against a server that offers none. */
    MySqlTls plaintext() {
        return new MySqlTls(DISABLE, name, null, null, null, false);
    }

    /** go-sql-driver's {@code readBool}: {@code 1 true TRUE True} and {@code 0 false FALSE False}; null otherwise. */
    private static Boolean goBool(String value) {
        switch (value) {
            case "1": case "true": case "TRUE": case "True":
                return Boolean.TRUE;
            case "0": case "false": case "FALSE": case "False":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
