package dev.jmigrate.lint;

import dev.jmigrate.source.Direction;
import dev.jmigrate.source.MigrationFile;
import dev.jmigrate.sql.ParsedScript;
import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What {@link FileRule}s see: one migration file that is valid UTF-8, its text and its statements. */
public final class MigrationScript {
    private final MigrationFile file;
    private final String path;
    private final String text;
    private final ParsedScript parsed;
    private final LintConfig config;
    private final Suppressions suppressions;
    private final Map<String, Integer> createdRelations = new HashMap<>();

    MigrationScript(MigrationFile file, String path, String text, ParsedScript parsed, LintConfig config,
                    Suppressions suppressions) {
        this.file = Objects.requireNonNull(file, "file");
        this.path = Objects.requireNonNull(path, "path");
        this.text = Objects.requireNonNull(text, "text");
        this.parsed = Objects.requireNonNull(parsed, "parsed");
        this.config = Objects.requireNonNull(config, "config");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
        for (SqlStatement statement : parsed.statements()) {
            Token created = Statements.createdRelation(statement);
            if (created != null) {
                createdRelations.putIfAbsent(created.identifier(), statement.index());
            }
        }
    }

    /**
     * Returns the migration file.
     *
     * @return its version, title, direction and name
     */
    public MigrationFile file() {
        return file;
    }

    /**
     * Returns the file's path for findings.
     *
     * @return the folder as given to the linter joined with the file name
     */
    public String path() {
        return path;
    }

    /**
     * Returns the file's text.
     *
     * @return the content decoded as UTF-8
     */
    public String text() {
        return text;
    }

    /**
     * Returns the file split into statements and classified.
     *
     * @return the parsed script
     */
    public ParsedScript parsed() {
        return parsed;
    }

    /**
     * Returns the file's statements.
     *
     * @return the statements in file order
     */
    public List<SqlStatement> statements() {
        return parsed.statements();
    }

    /**
     * Tells whether this is an up file.
     *
     * @return {@code true} for an up file, {@code false} for a down file
     */
    public boolean isUp() {
        return file.direction() == Direction.UP;
    }

    /**
     * Tells whether the runner runs the whole file inside one transaction.
     *
     * @return the parser's transaction classification
     */
    public boolean runsInTransaction() {
        return parsed.transaction().transactional();
    }

    /**
     * Returns the configuration in force.
     *
     * @return the configuration
     */
    public LintConfig config() {
        return config;
    }

    /**
     * Tells whether a table or materialized view is new: created by this file before the given statement, so that
     * it is still empty and invisible to the application.
     *
     * @param name           a token naming the relation (the last part of a qualified name)
     * @param statementIndex the index of the statement that uses the relation
     * @return {@code true} when a {@code CREATE TABLE} or {@code CREATE MATERIALIZED VIEW} of that name comes earlier
     *         in the file (schemas are not compared)
     */
    public boolean isNew(Token name, int statementIndex) {
        Integer created = createdRelations.get(name.identifier());
        return created != null && created < statementIndex;
    }

    /** The suppression comments of the file. */
    Suppressions suppressions() {
        return suppressions;
    }
}
