package dev.jmigrate.source;

/** Which way a migration file moves the schema. */
public enum Direction {
    UP("up", 'u'),
    DOWN("down", 'd');

    private final String word;
    private final char letter;

    Direction(String word, char letter) {
        this.word = word;
        this.letter = letter;
    }

    /** The word used in file names: {@code up} or {@code down}. */
    public String word() {
        return word;
    }

    /** The letter golang-migrate prints in progress lines: {@code u} or {@code d}. */
    public char letter() {
        return letter;
    }

    static Direction fromWord(String word) {
        return UP.word.equals(word) ? UP : DOWN;
    }
}
