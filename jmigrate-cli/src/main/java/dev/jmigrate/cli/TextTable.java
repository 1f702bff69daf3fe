package dev.jmigrate.cli;

import java.util.ArrayList;
import java.util.List;

/** Rows of text in left-aligned columns two spaces apart; the last column is not padded. */
final class TextTable {
    private static final String SPACES = " ".repeat(64);
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(List.of(header));
    }

    TextTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    /**
     * The table as text. The work of each row is a method of its own: a method called thousands of times is compiled
     * soon, where a loop's body in a method called once runs interpreted for tens of thousands of turns.
     */
    String render() {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            widen(widths, row);
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            appendLine(out, row, widths);
        }
        stripTrailing(out, 0);
        return out.toString();
    }

    private static void widen(int[] widths, List<String> row) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], row.get(i).length());
        }
    }

    private static void appendLine(StringBuilder out, List<String> row, int[] widths) {
        int lineStart = out.length();
        int last = widths.length - 1;
        for (int i = 0; i < last; i++) {
            String cell = row.get(i);
            out.append(cell);
            pad(out, widths[i] + 2 - cell.length());
        }
        out.append(row.get(last));
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
