package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;

/**
 * A rule that looks at the statements of one PostgreSQL migration file. It sees only files that are valid UTF-8
 * and, unless {@link #checksDownFiles()} says otherwise or the configuration asks for it, only up files: a down
 * file undoes its up file, so dropping what the up file created is its job, not a hazard.
 */
public interface FileRule extends Rule {

    /**
     * Tells whether the rule checks down files by default.
     *
     * @return {@code false} unless overridden: the rule checks up files only
     */
    default boolean checksDownFiles() {
        return false;
    }

    /**
     * Checks one file and reports what it finds.
     *
     * @param script   the file and its statements
     * @param reporter receives the findings; the rule id and severity are filled in by the linter
     */
    void check(MigrationScript script, Reporter reporter);

    /** Receives the findings of a {@link FileRule} in the file being checked. */
    interface Reporter {

        /**
         * Reports a finding at a position of the file.
         *
         * @param line    the 1-based line
         * @param column  the 1-based column
         * @param message what is wrong, one sentence
         * @param fix     how to fix it, one sentence
         */
        void report(int line, int column, String message, String fix);

        /**
         * Reports a finding at a token.
         *
         * @param token   the token the finding points at
         * @param message what is wrong, one sentence
         * @param fix     how to fix it, one sentence
         */
        default void report(Token token, String message, String fix) {
            report(token.line(), token.column(), message, fix);
        }

        /**
         * Reports a finding at the start of a statement.
         *
         * @param statement the statement the finding points at
         * @param message   what is wrong, one sentence
         * @param fix       how to fix it, one sentence
         */
        default void report(SqlStatement statement, String message, String fix) {
            report(statement.line(), statement.column(), message, fix);
        }
    }
}
