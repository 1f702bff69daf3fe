package dev.jmigrate.lint;

/** {@code unknown-rule-id}: a {@code lint:ignore} comment names a rule that does not exist, so it silences nothing. */
final class UnknownRuleIdRule extends BaseRule implements FileRule {
    UnknownRuleIdRule() {
        super("unknown-rule-id", Severity.WARNING,
                "a lint:ignore comment names a rule that does not exist, so it silences nothing");
    }

    @Override
    public boolean checksDownFiles() {
        return true;
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        for (Suppressions.Directive directive : script.suppressions().directives()) {
            for (String id : directive.ruleIds()) {
                if (!id.equals(Suppressions.ALL) && RuleSet.byId(id).isEmpty()) {
                    reporter.report(directive.comment(), "the suppression comment names the unknown rule '" + id + "'",
                            "use one of the rule ids listed by migrate lint --list-rules");
                }
            }
        }
    }
}
