package dev.jmigrate.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into lines at every line break a regular expression's {@code \R} matches ({@code \r\n} as one),
 * line breaks at the end dropped. Written out by hand because it runs once per progress line, and compiling the
 * two patterns each time was a visible share of applying many small migrations.
 */
final class Lines {
    private Lines() {
    }

    static List<String> of(String text) {
        int end = text.length();
        while (end > 0 && isBreak(text.charAt(end - 1))) {
            end--;
        }
        List<String> lines = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (isBreak(c)) {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < end && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start, end));
        return lines;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\u000C' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
