package dev.jmigrate.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/** A minimal streaming JSON writer producing compact text. */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> firstInScope = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        separate();
        out.append('{');
        firstInScope.push(true);
        return this;
    }

    JsonWriter endObject() {
        firstInScope.pop();
        out.append('}');
        return this;
    }

    JsonWriter beginArray() {
        separate();
        out.append('[');
        firstInScope.push(true);
        return this;
    }

    JsonWriter endArray() {
        firstInScope.pop();
        out.append(']');
        return this;
    }

    JsonWriter name(String name) {
        separate();
        quote(name);
        out.append(':');
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    JsonWriter value(boolean value) {
        separate();
        out.append(value);
        return this;
    }

    /** A number written as it is (the caller formats it, e.g. as an unsigned decimal); null gives {@code null}. */
    JsonWriter number(String digits) {
        separate();
        out.append(digits == null ? "null" : digits);
        return this;
    }

    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!firstInScope.isEmpty()) {
            if (!firstInScope.pop()) {
                out.append(',');
            }
            firstInScope.push(false);
        }
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
