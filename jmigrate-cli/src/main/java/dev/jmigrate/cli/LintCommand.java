package dev.jmigrate.cli;

import dev.jmigrate.lint.LintConfig;
import dev.jmigrate.lint.LintConfigException;
import dev.jmigrate.lint.LintFormat;
import dev.jmigrate.lint.LintReport;
import dev.jmigrate.lint.Linter;
import dev.jmigrate.lint.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lint}: checks the folder's files and SQL against the rules. Needs no database; with an explicit
 * {@code -database} it also flags applied migrations whose files were edited.
 */
@Command(name = "lint")
final class LintCommand extends Subcommand {
    @Option(names = {"-format", "--format"}, paramLabel = "FORMAT")
    String format = "text";

    @Option(names = {"-rule", "--rule"}, paramLabel = "ID=LEVEL")
    List<String> rules = new ArrayList<>();

    @Option(names = {"-list-rules", "--list-rules"}, arity = "0..1", fallbackValue = "true", converter = GoFlags.Bool.class)
    boolean listRules;

    LintCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        if (listRules) {
            output().result(RuleSet.describe().stripTrailing());
            return 0;
        }
        LintFormat renderer = renderer();
        Path folder = Path.of(invocation.settings().folder());
        Linter.Builder linter = Linter.builder().config(config(folder));
        if (invocation.settings().explicitDatabaseUrl() != null) {
            invocation.withMigrator(builder -> { }, migrator -> {
                linter.databaseStatus(migrator.status());
                return 0;
            });
        }
        LintReport report = linter.build().lint(folder);
        String rendered = renderer.format(report).stripTrailing();
        if (!rendered.isEmpty()) {
            output().result(rendered);
        }
        if (!(renderer instanceof dev.jmigrate.lint.TextFormat)) {
            output().info(report.summary());
        }
        return report.exitStatus();
    }

    private LintFormat renderer() {
        try {
            return LintFormat.named(format);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2, true);
        }
    }

    private LintConfig config(Path folder) {
        try {
            LintConfig config = LintConfig.load(folder);
            for (String rule : rules) {
                int eq = rule.indexOf('=');
                if (eq <= 0) {
                    throw new CliException("-rule takes ID=LEVEL, e.g. -rule prefer-text=off; got " + rule, 2, true);
                }
                config = config.with(rule.substring(0, eq).strip(), rule.substring(eq + 1).strip());
            }
            return config;
        } catch (LintConfigException e) {
            throw new CliException(e.getMessage());
        }
    }

    @Override
    String usage() {
        return """
                Usage: migrate lint [-format text|json|github] [-rule ID=LEVEL]... [-list-rules]

                Checks the migrations folder without a database: file names and pairs, numbering, encoding,
                and PostgreSQL statements that lock or rewrite tables, break running clients or cannot be
                repeated. Each finding names the file, line, column, rule and severity, with a fix.
                  -format F         text (default), json, or github (annotations for CI logs)
                  -rule ID=LEVEL    set a rule to error, warning, info or off for this run
                  -list-rules       print every rule with its default severity
                Rules are configured in .jmigrate-lint in the folder (lines of `rule-id = off|error|warning|info`)
                and silenced for one statement with `-- lint:ignore rule-id` on the line before it.
                With -database, applied migrations whose files changed are reported too.
                Exits 1 when a finding is an error.
                """ + "\n" + Usage.COMMAND_FOOTER;
    }
}
