package dev.jmigrate.cli;

import java.util.regex.Pattern;

/** Quoting for command lines we print for people to copy into a POSIX shell. */
final class Shell {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private Shell() {
    }

    /** The word as it is when the shell would keep it so, else in single quotes. */
    static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
