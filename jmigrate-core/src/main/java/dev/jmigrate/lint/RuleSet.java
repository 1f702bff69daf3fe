package dev.jmigrate.lint;

import java.util.List;
import java.util.Optional;

/** Every rule of {@code migrate lint}, folder rules first, each with its id, default severity and description. */
public final class RuleSet {
    private static final List<Rule> ALL = List.of(
            new MalformedNameRule(),
            new DuplicateVersionRule(),
            new MixedNumberingRule(),
            new VersionGapRule(),
            new MissingDownRule(),
            new MissingUpRule(),
            new InvalidUtf8Rule(),
            new EmptyMigrationRule(),
            new AppliedMigrationEditedRule(),
            new IndexWithoutConcurrentlyRule(),
            new ConcurrentlyInTransactionRule(),
            new ConcurrentlyWithOtherStatementsRule(),
            new AddColumnVolatileDefaultRule(),
            new SetNotNullRule(),
            new ConstraintWithoutNotValidRule(),
            new ChangeColumnTypeRule(),
            new RenameColumnRule(),
            new RenameTableRule(),
            new DropColumnRule(),
            new DropTableRule(),
            new MissingIfExistsRule(),
            new ForeignKeyWithoutIndexRule(),
            new PreferTextRule(),
            new PreferTimestamptzRule(),
            new PreferIdentityRule(),
            new MixedDdlDmlRule(),
            new UnboundedUpdateDeleteRule(),
            new MissingLockTimeoutRule(),
            new UnknownRuleIdRule());

    private RuleSet() {
    }

    /**
     * Returns every rule.
     *
     * @return the rules in a fixed order: folder rules, then statement rules
     */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * Returns the ids of every rule.
     *
     * @return the ids in the order of {@link #all()}
     */
    public static List<String> ids() {
        return ALL.stream().map(Rule::id).toList();
    }

    /**
     * Finds a rule by id.
     *
     * @param id a rule id, exactly as listed (lower case)
     * @return the rule, or empty when no rule has that id
     */
    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Lists the rules for people, one per line: id, default severity and description, aligned in columns.
     *
     * @return the listing, each line ending with a line break
     */
    public static String describe() {
        int width = ALL.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (Rule rule : ALL) {
            text.append(String.format("%-" + width + "s  %-7s  %s", rule.id(), rule.defaultSeverity().word(),
                    rule.description())).append('\n');
        }
        return text.toString();
    }
}
