package dev.jmigrate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** golang-migrate's {@code [y/N]} prompts: only {@code y} (any case, any surrounding blanks) agrees. */
final class Confirmation {
    private Confirmation() {
    }

    /** Asks on stderr and reads one word from {@code in}; empty input and end of input decline. */
    static boolean ask(Output output, InputStream in, String question) {
        output.info(question);
        return readWord(in).trim().toLowerCase(Locale.ROOT).equals("y");
    }

    /** The first whitespace-delimited word of the line, read byte by byte so nothing after it is consumed. */
    static String readWord(InputStream in) {
        StringBuilder word = new StringBuilder();
        try {
            int c = in.read();
            while (c == ' ' || c == '\t' || c == '\r') {
                c = in.read();
            }
            while (c != -1 && !Character.isWhitespace(c)) {
                word.append((char) c);
                c = in.read();
            }
        } catch (IOException e) {
            return "";
        }
        return word.toString();
    }
}
