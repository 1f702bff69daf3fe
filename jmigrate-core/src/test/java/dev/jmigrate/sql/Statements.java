package dev.jmigrate.sql;

import java.util.List;

/** Test helpers to look at parse results compactly. */
final class Statements {
    private Statements() {
    }

    /** The texts of the statements. */
    static List<String> texts(ParsedScript script) {
        return script.statements().stream().map(SqlStatement::text).toList();
    }

    /** "line:column" of each statement. */
    static List<String> starts(ParsedScript script) {
        return script.statements().stream().map(s -> s.line() + ":" + s.column()).toList();
    }

    /** The token texts of a list of tokens. */
    static List<String> tokenTexts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    /** "TYPE text" of each token. */
    static List<String> typed(List<Token> tokens) {
        return tokens.stream().map(t -> t.type() + " " + t.text()).toList();
    }
}
