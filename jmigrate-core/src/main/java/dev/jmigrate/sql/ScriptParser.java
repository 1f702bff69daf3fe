package dev.jmigrate.sql;

/**
 * Splits the text of a migration file into statements and decides whether it may run inside one transaction.
 *
 * <p>Implementations are lenient and thread-safe: they never throw on any string (an unterminated construct extends
 * to the end of the file) and keep no state between calls.
 */
public interface ScriptParser {

    /**
     * Parses one migration file.
     *
     * @param sql the whole file text, possibly starting with a byte order mark
     * @return its statements, in order, and its transaction requirement
     * @throws NullPointerException when {@code sql} is null
     */
    ParsedScript parse(String sql);
}
