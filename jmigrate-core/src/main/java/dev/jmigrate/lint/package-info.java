/**
 * {@code migrate lint}: static checks of a migrations folder that need no database.
 *
 * <p>{@link dev.jmigrate.lint.Linter} reads a folder and returns a {@link dev.jmigrate.lint.LintReport} of
 * {@link dev.jmigrate.lint.Finding}s. The checks are the {@link dev.jmigrate.lint.Rule}s of
 * {@link dev.jmigrate.lint.RuleSet}: {@link dev.jmigrate.lint.FolderRule}s look at the folder as a whole (names,
 * numbering, pairs of up and down files, encodings) and {@link dev.jmigrate.lint.FileRule}s at the statements of one
 * PostgreSQL migration file, split by {@link dev.jmigrate.sql.PostgresScriptParser}. A
 * {@link dev.jmigrate.lint.LintConfig} read from the folder switches rules off or changes their severity;
 * {@code -- lint:ignore rule-id} and {@code -- lint:ignore-file rule-id} comments silence single findings. The
 * report is printed with {@link dev.jmigrate.lint.TextFormat}, {@link dev.jmigrate.lint.JsonFormat} or
 * {@link dev.jmigrate.lint.GithubFormat}.
 *
 * <p>The statement rules read tokens, not a full SQL grammar: they recognise the statement forms named in their
 * descriptions and stay silent on anything else. "An existing table" means a table the same file does not create
 * before the statement: the rules know nothing of the database.
 */
package dev.jmigrate.lint;
