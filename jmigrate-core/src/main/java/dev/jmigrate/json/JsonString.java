package dev.jmigrate.json;

/** JSON text for the tool's machine-readable outputs ({@code status -json}, {@code lint -format json}). */
public final class JsonString {
    private JsonString() {
    }

    /**
     * Quotes a string as a JSON string literal.
     *
     * @param text any string
     * @return the literal, with {@code "}, {@code \}, control characters and the line separators U+2028 and U+2029
     *         escaped
     */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
