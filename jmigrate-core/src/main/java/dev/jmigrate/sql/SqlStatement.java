package dev.jmigrate.sql;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One statement of a migration file.
 *
 * @param text     the exact source text from the statement's first non-comment token up to, not including, its
 *                 terminator ({@code ;} or the MySQL delimiter) or the end of the file, trailing whitespace trimmed
 *                 (whitespace inside an unterminated string or comment at the end of the file stays); comments
 *                 inside it, including those right before the terminator, are part of it
 * @param index    the 0-based position among the file's statements
 * @param offset   the UTF-16 index in the file where {@code text} starts, so
 *                 {@code file.substring(offset, offset + text.length()).equals(text)}
 * @param line     the 1-based file line where {@code text} starts
 * @param column   the 1-based file column where {@code text} starts, counted in Unicode code points
 * @param tokens   the statement's tokens in order, without comments and without the terminator (a MySQL executable
 *                 comment {@code /*!...*}{@code /} is code and so listed here, not among the comments)
 * @param comments the comments between the end of the previous statement (or the file start) and this statement's
 *                 first token, followed by the comments inside the statement, in order; comments after the last
 *                 statement's terminator belong to no statement
 */
public record SqlStatement(String text, int index, int offset, int line, int column, List<Token> tokens,
                           List<Token> comments) {

    /**
     * Checks the components and makes the lists unmodifiable copies.
     *
     * @throws NullPointerException     when a component or a list element is null
     * @throws IllegalArgumentException when {@code index} or {@code offset} is negative or {@code line}/{@code column}
     *                                  below 1
     */
    public SqlStatement {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        comments = List.copyOf(comments);
        if (index < 0 || offset < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("invalid statement position: index " + index + ", offset " + offset
                    + ", line " + line + ", column " + column);
        }
    }

    /**
     * Maps a 1-based character position inside {@link #text()} (as PostgreSQL reports an error "Position") to the
     * file.
     *
     * @param position the 1-based position, counted in Unicode code points from the start of the text
     * @return the file line and column of that character; the statement start when {@code position} is below 1 or
     *         past the end of the text
     */
    public FilePosition positionOf(int position) {
        if (position < 1 || position - 1 >= text.codePointCount(0, text.length())) {
            return new FilePosition(line, column);
        }
        PositionTracker tracker = PositionTracker.forFragment(text, line, column);
        tracker.advanceTo(text.offsetByCodePoints(0, position - 1));
        return new FilePosition(tracker.line(), tracker.column());
    }

    /**
     * Tells whether the statement begins with the given keywords.
     *
     * @param keywords the expected leading keywords, in any case
     * @return {@code true} when the first {@code keywords.length} tokens are {@link TokenType#WORD}s equal to the
     *         keywords ignoring case, in order ({@code true} for no keywords)
     */
    public boolean startsWith(String... keywords) {
        if (keywords.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < keywords.length; i++) {
            if (!tokens.get(i).isWord(keywords[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the statement's leading words for messages, e.g. {@code "CREATE INDEX CONCURRENTLY"}.
     *
     * @param n how many words at most
     * @return the leading {@link TokenType#WORD} tokens (stopping at the first token of another type or after
     *         {@code n} words) upper-cased and joined by single spaces; empty when the statement starts otherwise
     */
    public String firstWords(int n) {
        StringJoiner joiner = new StringJoiner(" ");
        for (int i = 0; i < Math.min(n, tokens.size()) && tokens.get(i).type() == TokenType.WORD; i++) {
            joiner.add(tokens.get(i).text().toUpperCase(Locale.ROOT));
        }
        return joiner.toString();
    }
}
