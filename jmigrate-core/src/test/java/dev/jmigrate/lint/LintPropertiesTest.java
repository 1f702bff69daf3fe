package dev.jmigrate.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.contract.MigrationFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LintPropertiesTest {
    /** Pieces of the statements the rules look at, and of the constructs that confuse a lexer. */
    private static final List<String> FRAGMENTS = List.of(
            "CREATE", "TABLE", "INDEX", "UNIQUE", "CONCURRENTLY", "IF", "NOT", "EXISTS", "ALTER", "ADD", "COLUMN",
            "DROP", "RENAME", "TO", "TYPE", "SET", "DEFAULT", "NULL", "CONSTRAINT", "FOREIGN", "KEY", "REFERENCES",
            "CHECK", "VALID", "VALIDATE", "PRIMARY", "ON", "ONLY", "USING", "UPDATE", "DELETE", "FROM", "WHERE",
            "INSERT", "INTO", "WITH", "AS", "BEGIN", "COMMIT", "TRIGGER", "OR", "REPLACE", "lock_timeout", "LOCAL",
            "users", "\"Q\"", "s.t", "varchar(10)", "timestamp", "serial", "random()", "now()", "(", ")", ",", ";",
            "'", "'x'", "$$", "--", "-- lint:ignore", "-- lint:ignore-file all", "/*", "*/", "\n", " ", "=", "*",
            "-- jmigrate:no-transaction\n", "\uFEFF", "é", "😀");

    @Provide
    Arbitrary<String> sqlLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(pieces -> String.join(" ", pieces));
    }

    @Property(tries = 300)
    void lintingNeverFailsAndFindingsPointIntoTheFile(@ForAll("sqlLike") String up, @ForAll("sqlLike") String down)
            throws IOException {
        Path dir = Files.createTempDirectory("lint-property");
        try {
            new MigrationFolder(dir).file("000001_a.up.sql", up).file("000001_a.down.sql", down);

            LintReport report = Linter.builder().build().lint(dir);

            for (Finding f : report.findings()) {
                String text = f.file().endsWith(".up.sql") ? up : down;
                int lines = 1 + Suppressions.lineBreaks(text);
                assertThat(f.line()).as(f.toString()).isBetween(1, lines);
                assertThat(f.column()).as(f.toString()).isPositive();
                assertThat(RuleSet.byId(f.ruleId())).isPresent();
                assertThat(f.message()).isNotBlank();
                assertThat(f.fix()).isNotBlank();
            }
            assertThat(new JsonFormat().format(report)).startsWith("{").endsWith("}\n");
        } finally {
            deleteRecursively(dir);
        }
    }

    @Property(tries = 500)
    void jsonStringsContainNoRawControlCharacters(@ForAll String text) {
        String literal = dev.jmigrate.json.JsonString.quote(text);

        assertThat(literal).startsWith("\"").endsWith("\"");
        assertThat(literal.chars()).noneMatch(c -> c < 0x20);
        assertThat(literal.substring(1, literal.length() - 1).replace("\\\\", "").replace("\\\"", ""))
                .doesNotContain("\"");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
