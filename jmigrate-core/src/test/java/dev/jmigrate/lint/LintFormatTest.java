package dev.jmigrate.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LintFormatTest {
    private static final Finding DROP = new Finding("migrations/000002_drop.up.sql", 3, 7, "drop-column",
            Severity.ERROR, "dropping column a", "remove its uses first");
    private static final Finding TEXT = new Finding("migrations/000001_init.up.sql", 12, 10, "prefer-text",
            Severity.WARNING, "column \"b\" is varchar(10)", "declare it text");
    private static final LintReport REPORT = new LintReport("migrations", 4, List.of(DROP, TEXT));

    @Test
    void textHasOneLinePerFindingInFileOrderThenTheSummary() {
        assertThat(new TextFormat().format(REPORT)).isEqualTo(
                "migrations/000001_init.up.sql:12:10: warning prefer-text: column \"b\" is varchar(10)"
                        + " (fix: declare it text)\n"
                        + "migrations/000002_drop.up.sql:3:7: error drop-column: dropping column a"
                        + " (fix: remove its uses first)\n"
                        + "1 error, 1 warning, 0 infos in 4 files\n");
    }

    @Test
    void jsonIsAStableDocument() {
        assertThat(new JsonFormat().format(REPORT)).isEqualTo("""
                {
                  "folder": "migrations",
                  "files": 4,
                  "summary": {"errors": 1, "warnings": 1, "infos": 0},
                  "findings": [
                    {"file": "migrations/000001_init.up.sql", "line": 12, "column": 10, "rule": "prefer-text", \
                "severity": "warning", "message": "column \\"b\\" is varchar(10)", "fix": "declare it text"},
                    {"file": "migrations/000002_drop.up.sql", "line": 3, "column": 7, "rule": "drop-column", \
                "severity": "error", "message": "dropping column a", "fix": "remove its uses first"}
                  ]
                }
                """);
    }

    @Test
    void jsonOfAnEmptyReportHasAnEmptyArray() {
        assertThat(new JsonFormat().format(new LintReport("m", 0, List.of()))).isEqualTo("""
                {
                  "folder": "m",
                  "files": 0,
                  "summary": {"errors": 0, "warnings": 0, "infos": 0},
                  "findings": []
                }
                """);
    }

    @Test
    void jsonEscapesEverythingAStringMayHold() {
        assertThat(dev.jmigrate.json.JsonString.quote("a\"b\\c\nd\re\tf\u0001g\u2028h/é"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u2028h/é\"");
    }

    @Test
    void githubLinesAreWorkflowCommands() {
        Finding info = new Finding("dir,x/1_a:b.up.sql", 1, 1, "missing-down", Severity.INFO, "100% sure", "add it");

        assertThat(new GithubFormat().format(new LintReport("m", 1, List.of(DROP, TEXT, info)))).isEqualTo(
                "::notice file=dir%2Cx/1_a%3Ab.up.sql,line=1,col=1,title=missing-down::100%25 sure (fix: add it)\n"
                        + "::warning file=migrations/000001_init.up.sql,line=12,col=10,title=prefer-text::column \"b\""
                        + " is varchar(10) (fix: declare it text)\n"
                        + "::error file=migrations/000002_drop.up.sql,line=3,col=7,title=drop-column::dropping column a"
                        + " (fix: remove its uses first)\n"
                        + "1 error, 1 warning, 1 info in 1 file\n");
    }

    @Test
    void githubEscapesLineBreaksInData() {
        assertThat(GithubFormat.data("a\r\nb%")).isEqualTo("a%0D%0Ab%25");
        assertThat(GithubFormat.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
    }

    @Test
    void formatsAreFoundByName() {
        assertThat(LintFormat.named("JSON")).isInstanceOf(JsonFormat.class);
        assertThat(LintFormat.named("text")).isInstanceOf(TextFormat.class);
        assertThat(LintFormat.named("github")).isInstanceOf(GithubFormat.class);
        assertThatThrownBy(() -> LintFormat.named("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text, json, github");
    }

    @Test
    void findingTextsAreMadeOneLine() {
        Finding f = new Finding("f", 1, 1, "r", Severity.INFO, "two\n  lines", "a\r\nb");

        assertThat(f.message()).isEqualTo("two lines");
        assertThat(f.fix()).isEqualTo("a b");
        assertThatThrownBy(() -> new Finding("f", 0, 1, "r", Severity.INFO, "m", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
