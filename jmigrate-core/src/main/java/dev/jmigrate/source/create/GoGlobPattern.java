package dev.jmigrate.source.create;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A file-name pattern with the syntax and meaning of Go's {@code path/filepath.Match} on Unix: {@code *} matches
 * any run of characters other than {@code /}, {@code ?} any one such character, {@code [...]} a character class
 * ({@code ^} negates, {@code a-z} is a range, {@code \} escapes) and {@code \c} the character {@code c}.
 */
final class GoGlobPattern {

    /** Go's {@code filepath.ErrBadPattern} text. */
    static final String BAD_PATTERN = "syntax error in pattern";

    private static final Element STAR = new Element(true, c -> true);

    private final List<Element> elements;

    private GoGlobPattern(List<Element> elements) {
        this.elements = elements;
    }

    /**
     * Parses a pattern.
     *
     * @throws MigrationCreateException with {@link #BAD_PATTERN} if Go would reject the pattern
     */
    static GoGlobPattern compile(String pattern) {
        return new GoGlobPattern(new Parser(pattern).elements());
    }

    /** Whether the whole of {@code name} matches. */
    boolean matches(String name) {
        return matchFrom(0, name.codePoints().toArray(), 0);
    }

    private boolean matchFrom(int element, int[] name, int index) {
        int at = index;
        for (int e = element; e < elements.size(); e++) {
            Element current = elements.get(e);
            if (current.star()) {
                return matchAfterStar(e + 1, name, at);
            }
            if (at >= name.length || !current.character().test(name[at])) {
                return false;
            }
            at++;
        }
        return at == name.length;
    }

    private boolean matchAfterStar(int element, int[] name, int index) {
        for (int at = index; at <= name.length; at++) {
            if (matchFrom(element, name, at)) {
                return true;
            }
            if (at < name.length && name[at] == '/') {
                return false;
            }
        }
        return false;
    }

    /** Either a star or a test of one character. */
    private record Element(boolean star, IntPredicate character) {
        static Element of(IntPredicate character) {
            return new Element(false, character);
        }
    }

    /** One pass over a pattern's code points. */
    private static final class Parser {
        private final int[] pattern;
        private int pos;

        Parser(String pattern) {
            this.pattern = pattern.codePoints().toArray();
        }

        List<Element> elements() {
            List<Element> elements = new ArrayList<>();
            while (pos < pattern.length) {
                elements.add(element());
            }
            return elements;
        }

        private Element element() {
            int c = pattern[pos++];
            return switch (c) {
                case '*' -> STAR;
                case '?' -> Element.of(x -> x != '/');
                case '[' -> characterClass();
                case '\\' -> literal(escaped());
                default -> literal(c);
            };
        }

        private int escaped() {
            if (pos >= pattern.length) {
                throw bad();
            }
            return pattern[pos++];
        }

        private Element characterClass() {
            boolean negated = pos < pattern.length && pattern[pos] == '^';
            if (negated) {
                pos++;
            }
            List<int[]> ranges = new ArrayList<>();
            while (pos >= pattern.length || pattern[pos] != ']' || ranges.isEmpty()) {
                int low = classCharacter();
                int high = low;
                if (pattern[pos] == '-') {
                    pos++;
                    high = classCharacter();
                }
                ranges.add(new int[] {low, high});
            }
            pos++;
            return Element.of(x -> inAny(ranges, x) != negated);
        }

        /** Go's {@code getEsc}: one class member, which must not end the pattern. */
        private int classCharacter() {
            if (pos >= pattern.length || pattern[pos] == '-' || pattern[pos] == ']') {
                throw bad();
            }
            if (pattern[pos] == '\\') {
                pos++;
            }
            int c = escaped();
            if (pos >= pattern.length) {
                throw bad();
            }
            return c;
        }

        private static boolean inAny(List<int[]> ranges, int c) {
            return ranges.stream().anyMatch(r -> r[0] <= c && c <= r[1]);
        }

        private static Element literal(int c) {
            return Element.of(x -> x == c);
        }

        private static MigrationCreateException bad() {
            return new MigrationCreateException(BAD_PATTERN);
        }
    }
}
