package dev.jmigrate.bench;

/** The operations the bench times, in the order each tool runs them on its database. */
public enum Scenario {
    /** Apply all N migrations to an empty database. */
    APPLY("apply N from empty"),
    /** {@code up} again, with nothing to do. */
    NOOP_UP("up, nothing to do"),
    /** The tool's cheapest command that tells the current version. */
    VERSION("version"),
    /** The tool's command that lists every migration with its state. */
    STATUS("status"),
    /** Roll every migration back, down to an empty schema. */
    ROLLBACK("roll back all");

    private final String label;

    Scenario(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
