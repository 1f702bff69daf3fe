package dev.jmigrate.lint;

/**
 * A check of {@code migrate lint}. Every rule is either a {@link FolderRule} or a {@link FileRule}; implementations
 * are stateless and thread-safe.
 */
public interface Rule {

    /**
     * Returns the rule's stable id, used in configuration files, suppression comments and output.
     *
     * @return a kebab-case id, e.g. {@code index-without-concurrently}
     */
    String id();

    /**
     * Returns the severity of the rule's findings unless the configuration changes it.
     *
     * @return the default severity
     */
    Severity defaultSeverity();

    /**
     * Returns what the rule flags, for {@code migrate lint --list-rules} and documentation.
     *
     * @return one line of text
     */
    String description();
}
