package dev.jmigrate.verify;

import java.util.List;

/**
 * The kinds of schema objects a snapshot records, in the order differences are reported. Each kind has the
 * label used in descriptions and the attributes that summarise an object of that kind when it is missing
 * or left behind.
 */
enum ObjectKind {
    SCHEMA("schema"),
    EXTENSION("extension"),
    ENUM_TYPE("enum type", "labels"),
    DOMAIN("domain", "base type"),
    COMPOSITE_TYPE("composite type"),
    RANGE_TYPE("range type", "subtype"),
    SEQUENCE("sequence"),
    TABLE("table"),
    COLUMN("column", "type", "nullability"),
    CONSTRAINT("constraint"),
    INDEX("index"),
    VIEW("view"),
    MATERIALIZED_VIEW("materialized view"),
    FUNCTION("function"),
    PROCEDURE("procedure"),
    AGGREGATE("aggregate"),
    TRIGGER("trigger"),
    POLICY("policy");

    private final String label;
    private final List<String> summaryAttributes;

    ObjectKind(String label, String... summaryAttributes) {
        this.label = label;
        this.summaryAttributes = List.of(summaryAttributes);
    }

    /** The label used in descriptions, e.g. {@code "enum type"}. */
    String label() {
        return label;
    }

    /** The attributes whose values summarise an object of this kind, possibly none. */
    List<String> summaryAttributes() {
        return summaryAttributes;
    }

    /** The kind with the given label, as the catalog queries report it. */
    static ObjectKind fromLabel(String label) {
        for (ObjectKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown schema object kind: " + label);
    }
}
