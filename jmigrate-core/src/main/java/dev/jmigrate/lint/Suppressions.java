package dev.jmigrate.lint;

import dev.jmigrate.sql.ParsedScript;
import dev.jmigrate.sql.ScriptParser;
import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import dev.jmigrate.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The suppression comments of one file.
 *
 * <p>{@code -- lint:ignore id[, id...]} (or the same inside a block comment) silences the named rules
 * <ul>
 *   <li>on its own line only when code precedes it on that line (a trailing comment);</li>
 *   <li>for the whole next statement when it stands on lines of its own before that statement;</li>
 *   <li>on its own line and the next line otherwise (on a line of its own inside a statement, e.g. above one
 *       column of a {@code CREATE TABLE}).</li>
 * </ul>
 * {@code -- lint:ignore-file id[, id...]} anywhere in the file silences the rules for the whole file. Without ids,
 * or with the id {@code all}, a comment silences every rule. Text after the ids that is not a comma-separated id
 * (e.g. {@code -- lint:ignore drop-column: unused since 2023}) is a free explanation.
 */
final class Suppressions {
    static final String ALL = "all";
    private static final String IGNORE = "lint:ignore";
    private static final String IGNORE_FILE = "lint:ignore-file";

    /**
     * One suppression comment.
     *
     * @param comment  the comment token
     * @param ruleIds  the rule ids it names, empty for all rules
     * @param fromLine the first line it covers
     * @param toLine   the last line it covers ({@code Integer.MAX_VALUE} for the whole file)
     */
    record Directive(Token comment, List<String> ruleIds, int fromLine, int toLine) {
        boolean covers(String ruleId, int line) {
            return line >= fromLine && line <= toLine && (ruleIds.isEmpty() || ruleIds.contains(ruleId)
                    || ruleIds.contains(ALL));
        }
    }

    private final List<Directive> directives;

    private Suppressions(List<Directive> directives) {
        this.directives = List.copyOf(directives);
    }

    /** A file without suppression comments. */
    static Suppressions none() {
        return new Suppressions(List.of());
    }

    /**
     * Reads the suppression comments of a parsed file.
     *
     * @param text   the file text
     * @param parsed the file parsed by {@code parser}
     * @param parser the parser, used again for the comments after the last statement
     */
    static Suppressions read(String text, ParsedScript parsed, ScriptParser parser) {
        List<Directive> directives = new ArrayList<>();
        for (SqlStatement statement : parsed.statements()) {
            int end = statement.line() + lineBreaks(statement.text());
            for (Token comment : statement.comments()) {
                boolean leading = comment.offset() < statement.offset();
                int to = trailing(text, comment) ? endLine(comment) : leading ? end : endLine(comment) + 1;
                add(directives, comment, comment.line(), to);
            }
        }
        for (Token comment : tailComments(text, parsed, parser)) {
            add(directives, comment, comment.line(), trailing(text, comment) ? endLine(comment) : endLine(comment) + 1);
        }
        return new Suppressions(directives);
    }

    /** The comments after the last statement, which belong to no statement. */
    private static List<Token> tailComments(String text, ParsedScript parsed, ScriptParser parser) {
        List<SqlStatement> statements = parsed.statements();
        int tailStart = 0;
        int lineOffset = 0;
        if (!statements.isEmpty()) {
            SqlStatement last = statements.get(statements.size() - 1);
            tailStart = last.offset() + last.text().length();
            lineOffset = last.line() + lineBreaks(last.text()) - 1;
        }
        String tail = text.substring(tailStart);
        if (!tail.toLowerCase(Locale.ROOT).contains(IGNORE)) {
            return List.of();
        }
        List<SqlStatement> parsedTail = parser.parse(tail + "\nSELECT").statements();
        if (parsedTail.isEmpty()) {
            return List.of();
        }
        int lineStart = Math.max(text.lastIndexOf('\n', tailStart - 1), text.lastIndexOf('\r', tailStart - 1)) + 1;
        int columnOffset = text.codePointCount(lineStart, tailStart);
        List<Token> comments = new ArrayList<>();
        for (Token c : parsedTail.get(parsedTail.size() - 1).comments()) {
            int column = c.line() == 1 ? c.column() + columnOffset : c.column();
            comments.add(new Token(c.type(), c.text(), c.offset() + tailStart, c.line() + lineOffset, column,
                    c.unterminated()));
        }
        return comments;
    }

    /** Whether code precedes the comment on its line. */
    private static boolean trailing(String text, Token comment) {
        int start = comment.offset();
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        String before = text.substring(start, comment.offset());
        return !before.replace("\uFEFF", "").isBlank();
    }

    private static void add(List<Directive> directives, Token comment, int from, int to) {
        String body = body(comment);
        boolean wholeFile = startsWithKeyword(body, IGNORE_FILE);
        if (!wholeFile && !startsWithKeyword(body, IGNORE)) {
            return;
        }
        String rest = body.substring(wholeFile ? IGNORE_FILE.length() : IGNORE.length());
        List<String> ids = ids(rest);
        directives.add(wholeFile ? new Directive(comment, ids, 1, Integer.MAX_VALUE)
                : new Directive(comment, ids, from, to));
    }

    private static boolean startsWithKeyword(String body, String keyword) {
        return body.regionMatches(true, 0, keyword, 0, keyword.length())
                && (body.length() == keyword.length() || Character.isWhitespace(body.charAt(keyword.length())));
    }

    /** The comment's text without its delimiters, stripped. */
    private static String body(Token comment) {
        String text = comment.text();
        if (comment.type() == TokenType.LINE_COMMENT) {
            text = text.startsWith("--") ? text.substring(2) : text.substring(1);
        } else {
            text = text.startsWith("/*") ? text.substring(2) : text;
            text = text.endsWith("*/") ? text.substring(0, text.length() - 2) : text;
        }
        return text.strip();
    }

    /** The ids of {@code " a, b explanation"}: a and b. */
    static List<String> ids(String rest) {
        List<String> ids = new ArrayList<>();
        for (String item : rest.split(",", -1)) {
            String s = item.strip().toLowerCase(Locale.ROOT);
            int end = 0;
            while (end < s.length() && isIdChar(s.charAt(end))) {
                end++;
            }
            if (end == 0) {
                break;
            }
            ids.add(s.substring(0, end));
            if (end < s.length()) {
                break;
            }
        }
        return ids;
    }

    private static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static int endLine(Token token) {
        return token.line() + lineBreaks(token.text());
    }

    /** Counts line breaks: {@code \r\n}, {@code \n} or a lone {@code \r}. */
    static int lineBreaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Tells whether a finding is silenced.
     *
     * @param ruleId the finding's rule
     * @param line   the finding's line
     * @return {@code true} when a suppression comment covers the rule on that line
     */
    boolean suppresses(String ruleId, int line) {
        for (Directive d : directives) {
            if (d.covers(ruleId, line)) {
                return true;
            }
        }
        return false;
    }

    /** The suppression comments in file order (statement comments first, then the tail). */
    List<Directive> directives() {
        return directives;
    }
}
