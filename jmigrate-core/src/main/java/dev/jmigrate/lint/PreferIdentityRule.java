package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.Locale;

/** {@code prefer-identity}: a column declared {@code serial}, {@code bigserial} or {@code smallserial}. */
final class PreferIdentityRule extends BaseRule implements FileRule {
    PreferIdentityRule() {
        super("prefer-identity", Severity.WARNING,
                "a column is declared serial/bigserial instead of an identity column");
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        for (SqlStatement statement : script.statements()) {
            for (Statements.TypedColumn column : Statements.typedColumns(statement)) {
                Token type = column.type().get(0);
                if (column.column() != null && isSerial(type)) {
                    String base = type.isWord("bigserial") || type.isWord("serial8") ? "bigint"
                            : type.isWord("smallserial") || type.isWord("serial2") ? "smallint" : "integer";
                    reporter.report(type, "column " + column.column().identifier() + " is "
                                    + type.text().toLowerCase(Locale.ROOT) + ": its sequence is a separate object with"
                                    + " its own permissions that dumps, copies and grants easily get out of step with",
                            "declare it " + base + " GENERATED ALWAYS AS IDENTITY (or BY DEFAULT AS IDENTITY)");
                }
            }
        }
    }

    /** Whether the token is one of the serial pseudo-types. */
    static boolean isSerial(Token type) {
        return Tokens.isAnyWord(type, "serial", "serial4", "serial8", "bigserial", "smallserial", "serial2");
    }
}
