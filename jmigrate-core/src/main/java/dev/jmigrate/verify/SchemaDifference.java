package dev.jmigrate.verify;

import java.util.Objects;

/**
 * One way in which a snapshot differs from the snapshot it was expected to equal.
 *
 * @param objectKind what kind of object differs, e.g. {@code "column"}, {@code "index"}, {@code "enum type"}
 * @param objectName the qualified name of the object, e.g. {@code public.users.phone},
 *     {@code public.idx_users_email}, {@code public.f(integer)}
 * @param change how the object differs
 * @param detail for {@link Change#MISSING} and {@link Change#UNEXPECTED} a short summary of the object
 *     (possibly empty), for {@link Change#CHANGED} what changed, e.g. {@code type character varying(255) -> text};
 *     never null (null is normalised to the empty string)
 */
public record SchemaDifference(String objectKind, String objectName, Change change, String detail) {

    /** How an object differs, relative to the expected snapshot. */
    public enum Change {
        /** The object is in the expected snapshot but not in this one. */
        MISSING,
        /** The object is only in this snapshot: it still exists although it should not. */
        UNEXPECTED,
        /** The object is in both snapshots but its definition differs. */
        CHANGED
    }

    /** Validates the components and normalises a null detail to the empty string. */
    public SchemaDifference {
        Objects.requireNonNull(objectKind, "objectKind");
        Objects.requireNonNull(objectName, "objectName");
        Objects.requireNonNull(change, "change");
        detail = detail == null ? "" : detail;
    }

    /**
     * This difference as one readable line, e.g. {@code column public.users.phone still exists (character
     * varying(20), nullable)}, {@code index public.idx_users_email is missing} or {@code column
     * public.users.email changed: type character varying(255) -> text}.
     */
    public String describe() {
        String object = objectKind + " " + objectName;
        return switch (change) {
            case MISSING -> object + " is missing" + parenthesized(detail);
            case UNEXPECTED -> object + " still exists" + parenthesized(detail);
            case CHANGED -> object + " changed" + (detail.isEmpty() ? "" : ": " + detail);
        };
    }

    private static String parenthesized(String text) {
        return text.isEmpty() ? "" : " (" + text + ")";
    }
}
