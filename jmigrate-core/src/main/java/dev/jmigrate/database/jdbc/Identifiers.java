package dev.jmigrate.database.jdbc;

/** Quoting of SQL identifiers. */
public final class Identifiers {
    private Identifiers() {
    }

    /** {@code "name"} with embedded double quotes doubled and anything after a NUL character dropped. */
    public static String doubleQuoted(String name) {
        int nul = name.indexOf('\0');
        String clean = nul >= 0 ? name.substring(0, nul) : name;
        return '"' + clean.replace("\"", "\"\"") + '"';
    }

    /** {@code `name`} with embedded backticks doubled (MySQL). */
    public static String backquoted(String name) {
        return '`' + name.replace("`", "``") + '`';
    }
}
