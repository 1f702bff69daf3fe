package dev.jmigrate.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleSetTest {

    @Test
    void everyRuleHasAUniqueKebabCaseIdADefaultSeverityAndAOneLineDescription() {
        assertThat(RuleSet.ids()).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(RuleSet.all()).allSatisfy(rule -> {
            assertThat(rule.defaultSeverity()).isNotNull();
            assertThat(rule.description()).isNotBlank().doesNotContain("\n");
            assertThat(rule instanceof FolderRule || rule instanceof FileRule).as(rule.id()).isTrue();
            assertThat(RuleSet.byId(rule.id())).containsSame(rule);
        });
    }

    @Test
    void theIssueRulesAreAllThere() {
        assertThat(RuleSet.ids()).contains("missing-down", "missing-up", "version-gap", "duplicate-version",
                "malformed-name", "mixed-numbering", "invalid-utf8", "empty-migration", "applied-migration-edited",
                "index-without-concurrently", "concurrently-in-transaction", "concurrently-with-other-statements",
                "add-column-volatile-default", "set-not-null", "constraint-without-not-valid", "change-column-type",
                "rename-column", "rename-table", "drop-column", "drop-table", "missing-if-exists",
                "foreign-key-without-index", "prefer-text", "prefer-timestamptz", "prefer-identity", "mixed-ddl-dml",
                "unbounded-update-delete", "missing-lock-timeout");
    }

    @Test
    void theListingShowsOneRulePerLine() {
        String listing = RuleSet.describe();

        assertThat(listing.lines()).hasSize(RuleSet.all().size());
        assertThat(listing).contains("drop-table").contains("error").endsWith("\n");
        assertThat(RuleSet.byId("no-such-rule")).isEmpty();
    }
}
