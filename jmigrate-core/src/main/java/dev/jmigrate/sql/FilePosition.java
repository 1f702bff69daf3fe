package dev.jmigrate.sql;

/**
 * A position in a migration file.
 *
 * @param line   the 1-based line
 * @param column the 1-based column, counted in Unicode code points
 */
public record FilePosition(int line, int column) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when {@code line} or {@code column} is below 1
     */
    public FilePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("invalid position: line " + line + ", column " + column);
        }
    }
}
