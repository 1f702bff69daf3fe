package dev.jmigrate.verify;

import java.util.Comparator;
import java.util.Objects;

/**
 * Identifies one schema object: its kind and its qualified name (identifiers quoted where SQL needs it,
 * e.g. {@code public.users.email} for a column, {@code public.f(integer)} for a function). Keys sort by
 * kind, then name.
 */
record ObjectKey(ObjectKind kind, String name) implements Comparable<ObjectKey> {
    private static final Comparator<ObjectKey> ORDER =
            Comparator.comparing(ObjectKey::kind).thenComparing(ObjectKey::name);

    ObjectKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(ObjectKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind.label() + " " + name;
    }
}
