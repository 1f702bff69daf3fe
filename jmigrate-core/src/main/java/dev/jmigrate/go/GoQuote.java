package dev.jmigrate.go;

/**
 * Go's {@code strconv.Quote} (the {@code %q} verb): a double-quoted Go string literal, printable characters kept,
 * others escaped as Go escapes them. golang-migrate's messages quote user input this way.
 */
public final class GoQuote {
    private static final String HEX = "0123456789abcdef";

    private GoQuote() {
    }

    /** Go's {@code strconv.Quote}: a double-quoted Go string literal, printable characters kept. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> appendQuoted(out, c));
        return out.append('"').toString();
    }

    private static void appendQuoted(StringBuilder out, int c) {
        if (c == '"' || c == '\\') {
            out.append('\\').append((char) c);
        } else if (isPrint(c)) {
            out.appendCodePoint(c);
        } else {
            out.append(escape(c));
        }
    }

    private static String escape(int c) {
        return switch (c) {
            case 0x07 -> "\\a";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x0b -> "\\v";
            default -> numericEscape(c);
        };
    }

    private static String numericEscape(int c) {
        if (c < ' ' || c == 0x7f) {
            return "\\x" + hex(c, 2);
        }
        int rune = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? 0xfffd : c;
        return rune < 0x10000 ? "\\u" + hex(rune, 4) : "\\U" + hex(rune, 8);
    }

    private static String hex(int value, int digits) {
        StringBuilder out = new StringBuilder(digits);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX.charAt((value >> shift) & 0xf));
        }
        return out.toString();
    }

    /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    private static boolean isPrint(int c) {
        if (c <= 0xff) {
            return (c >= 0x20 && c <= 0x7e) || (c >= 0xa1 && c != 0xad);
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
