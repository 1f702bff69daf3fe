package dev.jmigrate.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus under {@code src/test/resources/lint}: {@code bad/<rule-id>/} holds migrations that break the rule and
 * an {@code expected.txt} listing every finding as {@code <file>:<line> <rule-id>} (a {@code # modified-versions: 1,
 * 2} line stands for a database whose history disagrees with those up files); {@code good/<rule-id>/} holds near
 * misses that must produce no finding at all, as must the repository's own {@code migrations/} folder.
 */
class LintCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/lint");
    private static final Path REPOSITORY_MIGRATIONS = Path.of("../migrations");

    @TestFactory
    Stream<DynamicTest> everyBadFolderProducesExactlyItsExpectedFindings() throws IOException {
        return folders("bad").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Expectation expected = Expectation.read(dir.resolve("expected.txt"));
            LintReport report = Linter.builder().modifiedVersions(expected.modifiedVersions()).build().lint(dir);

            assertThat(found(report)).as(new TextFormat().format(report))
                    .containsExactlyInAnyOrderElementsOf(expected.findings());
            assertThat(expected.findings()).as("the folder's own rule is expected")
                    .anyMatch(line -> line.endsWith(" " + dir.getFileName()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyGoodFolderHasNoFinding() throws IOException {
        return folders("good").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            LintReport report = Linter.builder().build().lint(dir);

            assertThat(report.findings()).as(new TextFormat().format(report)).isEmpty();
            assertThat(report.filesChecked()).isPositive();
        }));
    }

    @Test
    void theRepositoryMigrationsHaveNoFinding() {
        assumeThat(Files.isDirectory(REPOSITORY_MIGRATIONS)).as("the repository's migrations folder exists").isTrue();

        LintReport report = Linter.builder().build().lint(REPOSITORY_MIGRATIONS);

        assertThat(report.findings()).as(new TextFormat().format(report)).isEmpty();
    }

    @Test
    void everyRuleHasAFailingAndAPassingExample() {
        for (String id : RuleSet.ids()) {
            assertThat(CORPUS.resolve("bad").resolve(id).resolve("expected.txt")).as("bad example of " + id)
                    .isRegularFile();
            assertThat(CORPUS.resolve("good").resolve(id)).as("good example of " + id).isDirectory();
        }
    }

    @Test
    void theCorpusHasNoFolderForAnUnknownRule() throws IOException {
        try (Stream<Path> bad = folders("bad"); Stream<Path> good = folders("good")) {
            assertThat(Stream.concat(bad, good).map(p -> p.getFileName().toString()))
                    .allMatch(name -> RuleSet.byId(name).isPresent());
        }
    }

    private static Stream<Path> folders(String kind) throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(CORPUS.resolve(kind))) {
            entries.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        return dirs.stream();
    }

    private static List<String> found(LintReport report) {
        return report.findings().stream()
                .map(f -> Path.of(f.file()).getFileName() + ":" + f.line() + " " + f.ruleId()).toList();
    }

    private record Expectation(List<String> findings, List<Long> modifiedVersions) {
        static Expectation read(Path file) throws IOException {
            List<String> findings = new ArrayList<>();
            List<Long> modified = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String l = line.strip();
                if (l.startsWith("# modified-versions:")) {
                    for (String v : l.substring("# modified-versions:".length()).split(",")) {
                        if (!v.isBlank()) {
                            modified.add(Long.parseLong(v.strip()));
                        }
                    }
                } else if (!l.isEmpty() && !l.startsWith("#")) {
                    findings.add(l);
                }
            }
            return new Expectation(findings, modified);
        }
    }
}
