package dev.jmigrate.cli;

import dev.jmigrate.json.JsonString;
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
        out.append(JsonString.quote(name));
        out.append(':');
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            out.append(JsonString.quote(value));
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
}
