package dev.jmigrate.lint;

import static dev.jmigrate.lint.LintFixture.found;
import static dev.jmigrate.lint.LintFixture.foundIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.contract.MigrationFolder;
import dev.jmigrate.source.SourceException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {
    private static final String TWO_VARCHARS = "CREATE TABLE t (\n    a varchar(10),\n    b varchar(20)\n);\n";

    @TempDir
    Path dir;

    @Test
    void anIgnoreCommentBeforeAStatementSilencesTheWholeStatement() {
        assertThat(foundIn(dir, "-- lint:ignore prefer-text\n" + TWO_VARCHARS)).isEmpty();
    }

    @Test
    void anIgnoreCommentOnItsOwnLineInsideAStatementSilencesTheNextLine() {
        String sql = "CREATE TABLE t (\n    -- lint:ignore prefer-text\n    a varchar(10),\n    b varchar(20)\n);\n";

        assertThat(foundIn(dir, sql)).containsExactly("4 prefer-text");
    }

    @Test
    void aTrailingIgnoreCommentSilencesOnlyItsOwnLine() {
        String sql = "CREATE TABLE t (\n    a varchar(10), -- lint:ignore prefer-text\n    b varchar(20)\n);\n";

        assertThat(foundIn(dir, sql)).containsExactly("3 prefer-text");
    }

    @Test
    void aTrailingIgnoreCommentAfterAStatementDoesNotSilenceTheNextStatement() {
        String sql = "SET LOCAL lock_timeout = '1s';\nDROP TABLE a; -- lint:ignore drop-table\nDROP TABLE b;\n";

        assertThat(foundIn(dir, sql)).containsExactly("3 drop-table");
    }

    @Test
    void anIgnoreCommentSilencesOnlyTheRulesItNames() {
        String sql = "-- lint:ignore prefer-identity\nCREATE TABLE t (id serial, a varchar(10));\n";

        assertThat(foundIn(dir, sql)).containsExactly("2 prefer-text");
    }

    @Test
    void anIgnoreCommentWithoutIdsOrWithAllSilencesEveryRule() {
        assertThat(foundIn(dir, "-- lint:ignore\nCREATE TABLE t (id serial, a varchar(10));\n")).isEmpty();
        assertThat(foundIn(dir, "/* lint:ignore all */ CREATE TABLE t (id serial, a varchar(10));\n")).isEmpty();
    }

    @Test
    void anIgnoreFileCommentAnywhereSilencesTheRulesInTheWholeFile() {
        String sql = TWO_VARCHARS + "CREATE TABLE u (c varchar(5), id serial);\n-- lint:ignore-file prefer-text\n";

        assertThat(foundIn(dir, sql)).containsExactly("5 prefer-identity");
    }

    @Test
    void anIgnoreFileCommentSilencesFolderRulesForThatFile() {
        new MigrationFolder(dir).file("000001_a.up.sql", "-- lint:ignore-file missing-down\nSELECT 1;\n")
                .file("000002_b.up.sql", "SELECT 2;\n");

        assertThat(found(Linter.builder().build().lint(dir))).containsExactly("1 missing-down");
        assertThat(Linter.builder().build().lint(dir).findings().get(0).file()).endsWith("000002_b.up.sql");
    }

    @Test
    void aSuppressionCommentNamingAnUnknownRuleIsReported() {
        String sql = "-- lint:ignore prefer-txt, prefer-identity\nCREATE TABLE t (id serial, a varchar(10));\n";

        assertThat(foundIn(dir, sql)).containsExactly("1 unknown-rule-id", "2 prefer-text");
    }

    @Test
    void textAfterTheIdsIsAnExplanation() {
        assertThat(Suppressions.ids(" drop-column, rename-column: unused since 4.2, really")).containsExactly(
                "drop-column", "rename-column");
        assertThat(Suppressions.ids(" drop-column (see ticket 12)")).containsExactly("drop-column");
        assertThat(Suppressions.ids("")).isEmpty();
    }

    @Test
    void theConfigurationFileSwitchesRulesOffAndChangesSeverities() {
        new MigrationFolder(dir).file(".jmigrate-lint", "# project settings\nprefer-text = off\n"
                        + "drop-table = warning   # we drop tables on purpose\nprefer-identity=ERROR\n")
                .file("000001_a.up.sql", "SET LOCAL lock_timeout = '1s';\nDROP TABLE old;\n"
                        + "CREATE TABLE t (id serial, a varchar(10));\n")
                .file("000001_a.down.sql", "SELECT 1;\n");

        LintReport report = Linter.builder().build().lint(dir);

        assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.severity())
                .containsExactly("drop-table WARNING", "prefer-identity ERROR");
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.exitStatus()).isEqualTo(1);
    }

    @Test
    void thePropertiesFileNameWorksToo() {
        new MigrationFolder(dir).file("jmigrate-lint.properties", "missing-down = off\n")
                .file("000001_a.up.sql", "SELECT 1;\n");

        assertThat(Linter.builder().build().lint(dir).findings()).isEmpty();
    }

    @Test
    void twoConfigurationFilesAreRefused() {
        new MigrationFolder(dir).file("jmigrate-lint.properties", "").file(".jmigrate-lint", "");

        assertThatThrownBy(() -> Linter.builder().build().lint(dir)).isInstanceOf(LintConfigException.class)
                .hasMessageContaining("two lint configuration files");
    }

    @Test
    void anInvalidConfigurationLineNamesTheFileAndLine() {
        assertThatThrownBy(() -> LintConfig.parse("prefer-text = off\n\nprefer-txt = off\n", "cfg"))
                .isInstanceOf(LintConfigException.class).hasMessageStartingWith("cfg:3: unknown rule or option");
        assertThatThrownBy(() -> LintConfig.parse("drop-table = fatal", "cfg"))
                .hasMessageStartingWith("cfg:1: invalid level 'fatal' for rule drop-table");
        assertThatThrownBy(() -> LintConfig.parse("just words", "cfg")).hasMessageStartingWith("cfg:1: expected");
        assertThatThrownBy(() -> LintConfig.parse("idempotent = yes", "cfg"))
                .hasMessageContaining("use true or false");
        assertThatThrownBy(() -> LintConfig.parse("numbering = roman", "cfg"))
                .hasMessageContaining("use auto, sequential or timestamp");
    }

    @Test
    void aConfigurationGivenToTheBuilderReplacesTheFile() {
        new MigrationFolder(dir).file(".jmigrate-lint", "this is not a valid line\n")
                .file("000001_a.up.sql", "CREATE TABLE t (a varchar(10));\n");

        LintReport report = Linter.builder().config(LintConfig.defaults().with("missing-down", "off")).build().lint(dir);

        assertThat(found(report)).containsExactly("1 prefer-text");
    }

    @Test
    void idempotentMakesEveryFileNeedGuards() {
        new MigrationFolder(dir).file(".jmigrate-lint", "idempotent = true\n")
                .file("000001_a.up.sql", "CREATE TABLE t (id bigint);\n")
                .file("000001_a.down.sql", "DROP TABLE t;\n");

        assertThat(Linter.builder().build().lint(dir).findings()).extracting(f -> f.ruleId() + " " + f.line()
                + " " + Path.of(f.file()).getFileName()).containsExactly(
                "missing-if-exists 1 000001_a.down.sql", "missing-if-exists 1 000001_a.up.sql");
    }

    @Test
    void checkDownFilesAppliesTheUpRulesToDownFiles() {
        new MigrationFolder(dir).file("000001_a.up.sql", "SET LOCAL lock_timeout = '1s';\nDROP TABLE t;\n")
                .file("000001_a.down.sql", "CREATE TABLE t (id serial);\n");

        LintReport defaults = Linter.builder().build().lint(dir);
        LintReport withDown = Linter.builder().config(LintConfig.defaults().with("check-down-files", "true")).build()
                .lint(dir);

        assertThat(found(defaults)).containsExactly("2 drop-table");
        assertThat(found(withDown)).containsExactly("1 prefer-identity", "2 drop-table");
    }

    @Test
    void theNumberingOptionOverridesTheMajority() {
        new MigrationFolder(dir).file("1_a.up.sql", "SELECT 1;\n").file("1_a.down.sql", "SELECT 1;\n")
                .file("3_b.up.sql", "SELECT 1;\n").file("3_b.down.sql", "SELECT 1;\n");

        LintReport auto = Linter.builder().build().lint(dir);
        LintReport timestamps = Linter.builder().config(LintConfig.defaults().with("numbering", "timestamp")).build()
                .lint(dir);

        assertThat(found(auto)).containsExactly("1 version-gap");
        assertThat(timestamps.findings()).extracting(Finding::ruleId).containsOnly("mixed-numbering").hasSize(4);
    }

    @Test
    void timestampsOfDifferentLengthsAreMixedNumbering() {
        new MigrationFolder(dir).file("20240101120000_a.up.sql", "SELECT 1;\n")
                .file("20240101120000_a.down.sql", "SELECT 1;\n")
                .file("20240202120000_b.up.sql", "SELECT 1;\n").file("20240202120000_b.down.sql", "SELECT 1;\n")
                .file("1800000000_c.up.sql", "SELECT 1;\n").file("1800000000_c.down.sql", "SELECT 1;\n");

        assertThat(Linter.builder().build().lint(dir).findings())
                .extracting(f -> Path.of(f.file()).getFileName() + " " + f.ruleId())
                .containsExactly("1800000000_c.down.sql mixed-numbering", "1800000000_c.up.sql mixed-numbering");
    }

    @Test
    void warningsAloneDoNotFail() {
        LintReport report = LintFixture.lintUp(dir, "CREATE TABLE t (a varchar(10));\n");

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.exitStatus()).isZero();
        assertThat(report.summary()).isEqualTo("0 errors, 1 warning, 0 infos in 2 files");
    }

    @Test
    void findingsAreSortedAndCarryOneLineTexts() {
        new MigrationFolder(dir).file("000002_b.up.sql", "CREATE TABLE t (a varchar(10), id serial);\n")
                .file("000001_a.up.sql", "SET LOCAL lock_timeout = '1s';\nDROP TABLE x;\n");

        List<Finding> findings = Linter.builder().build().lint(dir).findings();

        assertThat(findings).isSorted().isNotEmpty().allSatisfy(f -> {
            assertThat(f.message()).isNotBlank().doesNotContain("\n");
            assertThat(f.fix()).isNotBlank().doesNotContain("\n");
            assertThat(f.file()).startsWith(dir.toString());
        });
    }

    @Test
    void aMissingFolderIsASourceError() {
        assertThatThrownBy(() -> Linter.builder().build().lint(dir.resolve("nope")))
                .isInstanceOf(SourceException.class).hasMessageContaining("does not exist");
    }

    @Test
    void anEmptyFolderHasNoFindings() {
        LintReport report = Linter.builder().build().lint(dir);

        assertThat(report.findings()).isEmpty();
        assertThat(report.summary()).isEqualTo("no findings in 0 files");
    }

    @Test
    void severityWords() {
        assertThat(Severity.fromWord(" Warning ")).isEqualTo(Severity.WARNING);
        assertThat(Severity.ERROR.word()).isEqualTo("error");
        assertThatThrownBy(() -> Severity.fromWord("off")).isInstanceOf(IllegalArgumentException.class);
    }
}
