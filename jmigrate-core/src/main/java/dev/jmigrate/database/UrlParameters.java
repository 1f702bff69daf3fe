package dev.jmigrate.database;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query parameters of a database URL, read as Go's {@code url.ParseQuery} reads them ({@code +} is a space,
 * percent escapes decoded, the first of repeated keys wins), with golang-migrate's conversions of values.
 */
public final class UrlParameters {
    private static final Pattern ATOI_SYNTAX = Pattern.compile("[+-]?[0-9]+");

    private final Map<String, String> values;

    private UrlParameters(Map<String, String> values) {
        this.values = values;
    }

    /** Parses the text after {@code ?} (without it); null or empty gives no parameters. */
    public static UrlParameters parse(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq), "a parameter name of the database URL");
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "the value of URL parameter " + key);
                values.putIfAbsent(key, value);
            }
        }
        return new UrlParameters(values);
    }

    /** All parameters in URL order. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** The value of a key, or null. */
    public String get(String key) {
        return values.get(key);
    }

    /** Whether the URL has the key, even with an empty value. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * Go's {@code strconv.ParseBool}: {@code 1 t T TRUE true True} and {@code 0 f F FALSE false False}.
     *
     * @throws DatabaseUrlException with golang-migrate's text {@code unable to parse option <key>: ...}
     */
    public boolean bool(String key, boolean fallback) {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        switch (v) {
            case "1": case "t": case "T": case "TRUE": case "true": case "True":
                return true;
            case "0": case "f": case "F": case "FALSE": case "false": case "False":
                return false;
            default:
                throw new DatabaseUrlException("unable to parse option " + key + ": strconv.ParseBool: parsing \""
                        + v + "\": invalid syntax");
        }
    }

    /**
     * Go's {@code strconv.Atoi} on 64 bits: an optional sign and ASCII digits only.
     *
     * @throws DatabaseUrlException with Go's text ({@code invalid syntax} or {@code value out of range}),
     *     naming the parameter
     */
    public long integer(String key, long fallback) {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        if (!ATOI_SYNTAX.matcher(v).matches()) {
            throw atoiError(key, v, "invalid syntax");
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw atoiError(key, v, "value out of range");
        }
    }

    private static DatabaseUrlException atoiError(String key, String value, String reason) {
        return new DatabaseUrlException("strconv.Atoi: parsing \"" + value + "\": " + reason + " (URL parameter " + key + ")");
    }

    /**
     * Percent-decodes a URL component, {@code +} read as a space.
     *
     * @throws DatabaseUrlException for a malformed escape; the message never shows the text, which may be a password
     */
    public static String decode(String text) {
        return decode(text, "the database URL");
    }

    private static String decode(String text, String where) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new DatabaseUrlException("invalid percent-escape in " + where
                    + ": a % must be followed by two hexadecimal digits; write a literal % as %25");
        }
    }
}
