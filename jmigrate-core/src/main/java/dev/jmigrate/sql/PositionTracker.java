package dev.jmigrate.sql;

/**
 * Turns increasing UTF-16 offsets of a text into lines and columns in one forward pass.
 *
 * <p>A line break is {@code \n}, {@code \r\n} (one break) or a lone {@code \r}; columns count code points (a
 * surrogate pair is one column). When built for a whole file, a byte order mark at offset 0 occupies no column.
 */
final class PositionTracker {
    private final String text;
    private final boolean skipLeadingBom;
    private int offset;
    private int line;
    private int column;

    private PositionTracker(String text, int line, int column, boolean skipLeadingBom) {
        this.text = text;
        this.line = line;
        this.column = column;
        this.skipLeadingBom = skipLeadingBom;
    }

    /** Returns a tracker for a whole file, starting at line 1, column 1. */
    static PositionTracker forFile(String file) {
        return new PositionTracker(file, 1, 1, true);
    }

    /** Returns a tracker for a fragment whose first character lies at the given line and column. */
    static PositionTracker forFragment(String fragment, int line, int column) {
        return new PositionTracker(fragment, line, column, false);
    }

    /**
     * Moves forward to {@code target}; a target behind the current offset is ignored.
     *
     * @param target a UTF-16 offset, at most the text length
     */
    void advanceTo(int target) {
        int end = Math.min(target, text.length());
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (c > '\r') {
                if (c < Character.MIN_LOW_SURROGATE || !isSilent(i, c)) {
                    column++;
                }
            } else if (c == '\n') {
                if (i == 0 || text.charAt(i - 1) != '\r') {
                    line++;
                }
                column = 1;
            } else if (c == '\r') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        offset = Math.max(offset, end);
    }

    private boolean isSilent(int i, char c) {
        if (i == 0) {
            return skipLeadingBom && c == '\uFEFF';
        }
        return Character.isLowSurrogate(c) && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** Returns the line at the current offset. */
    int line() {
        return line;
    }

    /** Returns the column at the current offset. */
    int column() {
        return column;
    }
}
