package dev.jmigrate.sql;

import java.util.List;

/**
 * Follows MySQL compound statements written without {@code DELIMITER}: the {@code BEGIN ... END} body of a
 * {@code CREATE ... PROCEDURE|FUNCTION|TRIGGER|EVENT} statement and MariaDB's {@code BEGIN NOT ATOMIC ... END}, so
 * that their inner semicolons do not end the statement (as when the server receives the whole file).
 *
 * <p>Inside a body, {@code BEGIN} and {@code CASE} open a level and {@code END} closes one, except {@code END IF},
 * {@code END LOOP}, {@code END WHILE} and {@code END REPEAT}, which close constructs that are not counted;
 * {@code END CASE} closes the {@code CASE}.
 */
final class MySqlBlockTracker {
    private static final String[] OBJECT_TYPES = {
        "TABLE", "VIEW", "INDEX", "DATABASE", "SCHEMA", "USER", "ROLE", "SERVER", "TABLESPACE", "LOGFILE",
        "SEQUENCE", "UNIQUE", "FULLTEXT", "SPATIAL", "TEMPORARY", "PROCEDURE", "FUNCTION", "TRIGGER", "EVENT"
    };

    private int depth;
    private boolean pendingEnd;

    /** Feeds the next code token (or terminator) of the current statement. */
    void accept(List<Token> previous, Token current) {
        if (pendingEnd) {
            pendingEnd = false;
            if (current.isWord("IF") || current.isWord("LOOP") || current.isWord("WHILE")
                    || current.isWord("REPEAT")) {
                return;
            }
            depth--;
            if (current.isWord("CASE")) {
                return;
            }
        }
        if (depth > 0) {
            if (current.isWord("BEGIN") || current.isWord("CASE")) {
                depth++;
            } else if (current.isWord("END")) {
                pendingEnd = true;
            }
        } else if (opensBody(previous, current)) {
            depth = 1;
        }
    }

    /** Tells whether the tokens read so far leave an open body. */
    boolean inBody() {
        return depth > 0;
    }

    /** Forgets the state at the end of a statement. */
    void reset() {
        depth = 0;
        pendingEnd = false;
    }

    private static boolean opensBody(List<Token> previous, Token current) {
        if (current.isWord("ATOMIC")) {
            return previous.size() == 2 && previous.get(0).isWord("BEGIN") && previous.get(1).isWord("NOT");
        }
        return current.isWord("BEGIN") && isRoutine(previous);
    }

    /** Tells whether the statement is a CREATE whose first object-type keyword names a routine or event. */
    private static boolean isRoutine(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).isWord("CREATE")) {
            return false;
        }
        for (Token t : tokens) {
            for (String type : OBJECT_TYPES) {
                if (t.isWord(type)) {
                    return type.equals("PROCEDURE") || type.equals("FUNCTION") || type.equals("TRIGGER")
                            || type.equals("EVENT");
                }
            }
        }
        return false;
    }
}
