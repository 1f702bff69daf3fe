package dev.jmigrate.database;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL as the user wrote it, with what is needed to keep its password out of every message:
 * {@link #toString()} and {@link #redacted()} mask the password; {@link #secrets()} lists the forms of the
 * password (as written and percent-decoded) so that output streams can scrub them from server texts.
 */
public final class DatabaseUrl {
    /** What a password is replaced with, in URLs and in every output stream. */
    public static final String MASK = "xxxxx";
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&](?:password|sslpassword)=)([^&]*)");

    private final String raw;
    private final String scheme;

    private DatabaseUrl(String raw, String scheme) {
        this.raw = raw;
        this.scheme = scheme;
    }

    /**
     * @throws DatabaseUrlException when the URL is empty or has no scheme; the message never shows the password
     */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new DatabaseUrlException("no database URL: give -database URL or set DATABASE_URL, "
                    + "e.g. postgres://user:password@localhost:5432/dbname?sslmode=disable");
        }
        int colon = url.indexOf(':');
        if (colon <= 0) {
            throw new DatabaseUrlException("database URL '" + redact(url) + "' has no scheme; "
                    + "write it as postgres://user:password@host:port/dbname (or mysql://, sqlite3://, embedded:)");
        }
        return new DatabaseUrl(url, url.substring(0, colon).toLowerCase(java.util.Locale.ROOT));
    }

    /** The scheme in lower case, e.g. {@code postgres}. */
    public String scheme() {
        return scheme;
    }

    /** The URL exactly as given, password included: for drivers only, never for messages. */
    public String raw() {
        return raw;
    }

    /** The URL with its password replaced by {@code xxxxx}. */
    public String redacted() {
        return redact(raw);
    }

    /** The password as written and percent-decoded; empty when the URL has none. */
    public Set<String> secrets() {
        Set<String> secrets = new LinkedHashSet<>();
        String userInfo = userInfo(raw);
        int colon = userInfo == null ? -1 : userInfo.indexOf(':');
        if (colon >= 0 && colon + 1 < userInfo.length()) {
            addWithDecoded(secrets, userInfo.substring(colon + 1), false);
        }
        Matcher m = PASSWORD_PARAM.matcher(raw);
        while (m.find()) {
            if (!m.group(2).isEmpty()) {
                addWithDecoded(secrets, m.group(2), true);
            }
        }
        return secrets;
    }

    @Override
    public String toString() {
        return redacted();
    }

    /**
     * Masks the password of any URL-like text: the part after {@code user:} in the authority and password parameters.
     * Text without {@code //} before its {@code @} (a mistyped {@code postgres:user:password@host}) is masked from its
     * first colon, so that the password is hidden even there.
     */
    public static String redact(String url) {
        String result = url;
        int at = userInfoEnd(url);
        if (at >= 0) {
            int colon = url.indexOf(':', Math.max(authorityStart(url, at), 0));
            if (colon >= 0 && colon < at) {
                result = url.substring(0, colon + 1) + MASK + url.substring(at);
            }
        }
        return PASSWORD_PARAM.matcher(result).replaceAll("$1" + MASK);
    }

    /** The user info of a URL with an authority ({@code //}), or null. */
    private static String userInfo(String url) {
        int at = userInfoEnd(url);
        int start = at < 0 ? -1 : authorityStart(url, at);
        return start < 0 ? null : url.substring(start, at);
    }

    /** The index of the last {@code @} before the query, or -1. */
    private static int userInfoEnd(String url) {
        int query = url.indexOf('?');
        return url.lastIndexOf('@', query < 0 ? url.length() : query);
    }

    /** Where the user info begins: after the first {@code //} if it comes before the {@code @}, else -1. */
    private static int authorityStart(String url, int at) {
        int slashes = url.indexOf("//");
        return slashes >= 0 && slashes < at ? slashes + 2 : -1;
    }

    /** Adds a password as written and percent-decoded; in a query value {@code +} decodes to a space, as in Go. */
    private static void addWithDecoded(Set<String> secrets, String value, boolean queryValue) {
        secrets.add(value);
        try {
            secrets.add(URLDecoder.decode(queryValue ? value : value.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            // a password with a stray '%' has no decoded form; the raw form is already listed
        }
    }
}
