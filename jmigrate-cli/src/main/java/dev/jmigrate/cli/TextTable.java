package dev.jmigrate.cli;

import java.util.ArrayList;
import java.util.List;

/** Rows of text in left-aligned columns two spaces apart; the last column is not padded. */
final class TextTable {
    private static final String SPACES = " ".repeat(64);
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        columns = header.length;
        rows.add(header.clone());
    }

    /** Adds a row of as many cells as the header has, none null; the array is kept, not copied. */
    TextTable row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columns + " columns");
        }
        rows.add(cells);
        return this;
    }

    /**
     * The table as text. The work of each row is a method of its own: a method called thousands of times is compiled
     * soon, where a loop's body in a method called once runs interpreted for tens of thousands of turns.
     */
    String render() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            widen(widths, row);
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            appendLine(out, row, widths);
        }
        stripTrailing(out, 0);
        return out.toString();
    }

    private static void widen(int[] widths, String[] row) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], row[i].length());
        }
    }

    private static void appendLine(StringBuilder out, String[] row, int[] widths) {
        int lineStart = out.length();
        int last = widths.length - 1;
        for (int i = 0; i < last; i++) {
            String cell = row[i];
            out.append(cell);
            pad(out, widths[i] + 2 - cell.length());
        }
        out.append(row[last]);
        stripTrailing(out, lineStart);
        out.append('\n');
    }

    /** Appends {@code count} spaces in runs: with thousands of rows, one character at a time was most of the work. */
    private static void pad(StringBuilder out, int count) {
        for (int left = count; left > 0; left -= SPACES.length()) {
            out.append(SPACES, 0, Math.min(left, SPACES.length()));
        }
    }

    /** Removes the whitespace that ends {@code text}, never reaching before {@code from}. */
    private static void stripTrailing(StringBuilder text, int from) {
        int end = text.length();
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
    }
}
