package dev.jmigrate.lint;

import java.util.Objects;

/** Holds the id, default severity and description every rule has. */
abstract class BaseRule implements Rule {
    private final String id;
    private final Severity defaultSeverity;
    private final String description;

    BaseRule(String id, Severity defaultSeverity, String description) {
        this.id = Objects.requireNonNull(id, "id");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public String toString() {
        return id;
    }
}
