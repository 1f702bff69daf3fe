package dev.jmigrate.sql;

/** The kinds of lexical tokens the dialect lexers produce. */
public enum TokenType {
    /** A keyword or an unquoted identifier, e.g. {@code CREATE} or {@code users}. */
    WORD,
    /** A quoted identifier: {@code "..."}, {@code U&"..."}, MySQL/SQLite {@code `...`} or SQLite {@code [...]}. */
    QUOTED_IDENTIFIER,
    /** A string literal: {@code '...'}, {@code E'...'}, {@code B'...'}, {@code X'...'}, {@code U&'...'},
     *  {@code N'...'}, and MySQL {@code "..."}. */
    STRING,
    /** A PostgreSQL dollar-quoted string: {@code $$...$$} or {@code $tag$...$tag$}. */
    DOLLAR_STRING,
    /** A numeric literal, e.g. {@code 42}, {@code 1.5e3} or {@code 0x1F}. */
    NUMBER,
    /** An operator: one or more of {@code + - * / < > = ~ ! @ # % ^ & | ` ? :}, {@code ::} and any other
     *  character that is not punctuation. */
    OPERATOR,
    /** A single punctuation character: {@code ( ) [ ] { } , ; .} (or a MySQL statement delimiter). */
    PUNCTUATION,
    /** A positional or named parameter: PostgreSQL {@code $1}; SQLite {@code ?}, {@code ?1}, {@code :name},
     *  {@code @name}, {@code $name}. */
    PARAMETER,
    /** A comment running to the end of its line: {@code -- ...} (and MySQL {@code # ...}); the line break and
     *  trailing blanks are not part of it. */
    LINE_COMMENT,
    /** A block comment {@code /* ... *}{@code /} (nested in PostgreSQL); in MySQL also an executable comment
     *  {@code /*! ... *}{@code /}, which counts as code. */
    BLOCK_COMMENT
}
