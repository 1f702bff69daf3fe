package dev.jmigrate.source.create;

import dev.jmigrate.go.GoQuote;

/** Go's {@code strconv.ParseUint} (base 10, 64 bits), with Go's error texts. */
final class GoStrconv {

    private static final long CUTOFF = Long.divideUnsigned(-1L, 10) + 1;

    private GoStrconv() {
    }

    /**
     * Parses unsigned decimal digits, with no sign, into an unsigned 64-bit value.
     *
     * @throws MigrationCreateException {@code strconv.ParseUint: parsing "<s>": invalid syntax} for an empty text
     *     or a non-digit, or {@code ...: value out of range} above 2<sup>64</sup>-1, whichever Go meets first
     *     reading left to right
     */
    static long parseUint(String s) {
        if (s.isEmpty()) {
            throw error(s, "invalid syntax");
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw error(s, "invalid syntax");
            }
            if (Long.compareUnsigned(n, CUTOFF) >= 0) {
                throw error(s, "value out of range");
            }
            long next = n * 10 + (c - '0');
            if (Long.compareUnsigned(next, n * 10) < 0) {
                throw error(s, "value out of range");
            }
            n = next;
        }
        return n;
    }

    private static MigrationCreateException error(String s, String reason) {
        return new MigrationCreateException("strconv.ParseUint: parsing " + GoQuote.quote(s) + ": " + reason);
    }
}
