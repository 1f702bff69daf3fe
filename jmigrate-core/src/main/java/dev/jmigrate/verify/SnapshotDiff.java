package dev.jmigrate.verify;

import dev.jmigrate.verify.SchemaDifference.Change;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the objects of two snapshots. An object that is missing or left behind together with the object
 * it belongs to (a column with its table, a sequence with its owning column) is not reported separately:
 * the difference of its owner says it all.
 */
final class SnapshotDiff {
    private static final int MAX_INLINE_LENGTH = 60;
    private static final Set<String> ALWAYS_SUMMARISED = Set.of("body", "definition");

    private final SortedMap<ObjectKey, ObjectDescription> actual;
    private final SortedMap<ObjectKey, ObjectDescription> expected;

    private SnapshotDiff(SortedMap<ObjectKey, ObjectDescription> actual,
            SortedMap<ObjectKey, ObjectDescription> expected) {
        this.actual = actual;
        this.expected = expected;
    }

    /** The differences of {@code actual} relative to {@code expected}, ordered by object kind and name. */
    static List<SchemaDifference> between(SortedMap<ObjectKey, ObjectDescription> actual,
            SortedMap<ObjectKey, ObjectDescription> expected) {
        return new SnapshotDiff(actual, expected).differences();
    }

    private List<SchemaDifference> differences() {
        SortedMap<ObjectKey, Change> changes = changes();
        List<SchemaDifference> differences = new ArrayList<>();
        changes.forEach((key, change) -> {
            ObjectKey parent = (change == Change.MISSING ? expected : actual).get(key).parent();
            if (change == Change.CHANGED || parent == null || changes.get(parent) != change) {
                differences.add(new SchemaDifference(key.kind().label(), key.name(), change, detail(key, change)));
            }
        });
        return differences;
    }

    private SortedMap<ObjectKey, Change> changes() {
        Set<ObjectKey> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        SortedMap<ObjectKey, Change> changes = new TreeMap<>();
        for (ObjectKey key : keys) {
            ObjectDescription before = expected.get(key);
            ObjectDescription after = actual.get(key);
            if (before == null) {
                changes.put(key, Change.UNEXPECTED);
            } else if (after == null) {
                changes.put(key, Change.MISSING);
            } else if (!before.equals(after)) {
                changes.put(key, Change.CHANGED);
            }
        }
        return changes;
    }

    private String detail(ObjectKey key, Change change) {
        return switch (change) {
            case MISSING -> summary(key.kind(), expected.get(key));
            case UNEXPECTED -> summary(key.kind(), actual.get(key));
            case CHANGED -> changedAttributes(expected.get(key), actual.get(key));
        };
    }

    private static String summary(ObjectKind kind, ObjectDescription description) {
        StringJoiner summary = new StringJoiner(", ");
        for (String attribute : kind.summaryAttributes()) {
            String value = description.attribute(attribute);
            if (value != null) {
                summary.add(value);
            }
        }
        return summary.toString();
    }

    private static String changedAttributes(ObjectDescription before, ObjectDescription after) {
        Set<String> names = new LinkedHashSet<>(before.attributes().keySet());
        names.addAll(after.attributes().keySet());
        StringJoiner detail = new StringJoiner("; ");
        for (String name : names) {
            String from = before.attribute(name);
            String to = after.attribute(name);
            if (!Objects.equals(from, to)) {
                detail.add(change(name, from, to));
            }
        }
        if (!Objects.equals(before.parent(), after.parent())) {
            detail.add(change("owner", String.valueOf(before.parent()), String.valueOf(after.parent())));
        }
        return detail.toString();
    }

    /** One changed attribute: {@code name old -> new}, or {@code name differs} for long or multi-line values. */
    static String change(String name, String from, String to) {
        if (inline(name, from) && inline(name, to)) {
            return name + " " + show(from) + " -> " + show(to);
        }
        return name + (isPlural(name) ? " differ" : " differs");
    }

    private static boolean inline(String name, String value) {
        return !ALWAYS_SUMMARISED.contains(name)
                && (value == null || value.length() <= MAX_INLINE_LENGTH && value.indexOf('\n') < 0);
    }

    private static String show(String value) {
        return value == null ? "(none)" : value;
    }

    private static boolean isPlural(String name) {
        return name.endsWith("s") && !name.endsWith("ss");
    }
}
