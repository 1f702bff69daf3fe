package dev.jmigrate.verify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The canonical description of one schema object: the object it belongs to (the table of a column, index,
 * constraint, trigger or policy; the column owning a sequence), or null, and its attributes by name.
 * Attributes without a value are absent. Equality is by content; the attribute order is the order of the
 * catalog query and serves only to make descriptions read naturally.
 */
record ObjectDescription(ObjectKey parent, Map<String, String> attributes) {
    ObjectDescription {
        Objects.requireNonNull(attributes, "attributes");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The value of an attribute, or null when the object does not have it. */
    String attribute(String name) {
        return attributes.get(name);
    }
}
