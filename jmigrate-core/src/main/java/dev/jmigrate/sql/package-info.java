/**
 * Splitting migration files into statements and deciding whether a file may run inside one transaction.
 *
 * <p>Each dialect has a hand-written lexer (a character scanner, no regular expressions) that never throws:
 * unterminated strings, quoted identifiers, comments and dollar quotes extend to the end of the input and are
 * flagged with {@link dev.jmigrate.sql.Token#unterminated()}. A {@link dev.jmigrate.sql.ScriptParser} groups the
 * tokens into {@link dev.jmigrate.sql.SqlStatement}s with exact positions and classifies the file with a
 * {@link dev.jmigrate.sql.TransactionRequirement}; the classification looks at tokens only, so words inside
 * strings, comments, dollar quotes and quoted identifiers never count.
 *
 * <p>Positions: offsets are UTF-16 indexes into the parsed string; lines and columns are 1-based, a line break is
 * {@code \n}, {@code \r\n} or a lone {@code \r}, and columns count Unicode code points. A UTF-8 byte order mark
 * (U+FEFF) at the very start of the file is skipped: it is part of no statement and occupies no column.
 */
package dev.jmigrate.sql;
