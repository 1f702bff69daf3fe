package dev.jmigrate.cli;

import java.util.ArrayList;
import java.util.List;

/** Rows of text in left-aligned columns two spaces apart; the last column is not padded. */
final class TextTable {
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(List.of(header));
    }

    TextTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    String render() {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            int lineStart = out.length();
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                out.append(cell);
                for (int pad = i < columns - 1 ? widths[i] + 2 - cell.length() : 0; pad > 0; pad--) {
                    out.append(' ');
                }
            }
            stripTrailing(out, lineStart);
            out.append('\n');
        }
        stripTrailing(out, 0);
        return out.toString();
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
