package dev.jmigrate.sql;

/**
 * The first-line comment by which a migration file asks to run outside a transaction.
 *
 * <p>A file carries the marker when its first line (after an optional byte order mark), with leading and trailing
 * whitespace removed, is {@code --}, then one or more spaces or tabs, then {@code jmigrate:no-transaction}, ignoring
 * case.
 */
public final class NoTransactionMarker {

    /** The canonical spelling of the marker. */
    public static final String TEXT = "-- jmigrate:no-transaction";

    /** The reason reported when a file carries the marker. */
    static final String REASON = "the first line carries the no-transaction marker (" + TEXT + ")";

    private static final String WORD = "jmigrate:no-transaction";

    private NoTransactionMarker() {
    }

    /**
     * Tells whether a file's first line carries the marker.
     *
     * @param sql the whole file text
     * @return {@code true} when the first line is the marker as described in the class comment
     * @throws NullPointerException when {@code sql} is null
     */
    public static boolean isPresent(String sql) {
        int start = !sql.isEmpty() && sql.charAt(0) == '\uFEFF' ? 1 : 0;
        int end = start;
        while (end < sql.length() && sql.charAt(end) != '\n' && sql.charAt(end) != '\r') {
            end++;
        }
        String line = sql.substring(start, end).strip();
        if (!line.startsWith("--") || line.length() < 3 || !isBlank(line.charAt(2))) {
            return false;
        }
        return line.substring(2).strip().equalsIgnoreCase(WORD);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
