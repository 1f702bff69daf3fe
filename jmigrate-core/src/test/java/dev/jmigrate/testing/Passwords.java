package dev.jmigrate.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Passwords for the property tests that check no password ever reaches a message. */
public final class Passwords {
    private Passwords() {
    }

    /** Printable ASCII, URL-reserved characters, and non-ASCII text, one character at least. */
    public static Arbitrary<String> any() {
        Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(24);
        Arbitrary<String> reserved = Arbitraries.strings().withChars("!#$%&'()*+,/:;=?@[]").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> unicode = Arbitraries.of("a", "z", "Q", "7", " ", "é", "€", "ß", "π", "😀")
                .list().ofMinSize(1).ofMaxSize(10).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(printable, reserved, unicode);
    }
}
