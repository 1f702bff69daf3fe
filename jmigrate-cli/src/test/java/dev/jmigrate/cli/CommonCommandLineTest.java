package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

/** The picocli-free reading of common command lines agrees with picocli wherever it answers. */
class CommonCommandLineTest {
    private static final List<String> OPTIONS = List.of("-path", "--path", "-database", "-source", "--source",
            "-prefetch", "-lock-timeout", "--lock-timeout", "-migration-timeout", "--migration-timeout",
            "-group-commit", "--group-commit");
    private static final List<String> COMMANDS = List.of("version", "up", "down", "status", "goto", "force");
    private static final List<String> WORDS = List.of(
            "-path", "--path", "-database", "--database", "-source", "-prefetch", "--lock-timeout", "-lock-timeout",
            "-migration-timeout", "-group-commit", "-verbose", "-version", "-help", "-all", "--all", "-json", "-exit-code", "-dry-run",
            "-skip-validation", "-path=x", "--", "-", "-1", "-abc",
            "version", "up", "down", "status", "goto", "force", "create", "drop", "nosuch",
            "1", "3", "0x1f", "007", "1_000", "18446744073709551615", "18446744073709551616", "1s", "90s", "-5s",
            "true", "t", "db/migrations", "postgres://u:p@h/db", "", " ");

    @Property(tries = 3000)
    void agreesWithPicocliWhereverItAnswers(@ForAll("commandLines") List<String> words) {
        String[] args = words.toArray(String[]::new);
        CommonCommandLine.Parsed common = CommonCommandLine.parse(args, invocation());
        Statistics.label("read without picocli").collect(common != null);
        Statistics.label("read without picocli").coverage(coverage -> coverage.check(true).percentage(p -> p > 10));
        if (common == null) {
            return;
        }
        MigrateCommand top = new MigrateCommand();
        Cli cli = new Cli(invocation());
        ParseResult result = cli.picocli(top, args).parseArgs(args);
        Subcommand command = (Subcommand) result.subcommand().commandSpec().userObject();
        assertThat(describe(common.command(), common.before())).isEqualTo(describe(command, top.options));
    }

    @Test
    void readsTheDeployScriptsCommandLines() {
        assertThat(CommonCommandLine.parse(new String[] {"-path", "m", "-database", "postgres://h/db", "up"}, invocation())).isNotNull();
        assertThat(CommonCommandLine.parse(new String[] {"-path", "m", "down", "-all"}, invocation()))
                .isNotNull();
        assertThat(CommonCommandLine.parse(new String[] {"status", "-path", "m", "-json"}, invocation()))
                .isNotNull();
    }

    @Test
    void leavesHelpVerboseAndUnknownWordsToPicocli() {
        for (String[] args : List.of(new String[] {"-help"}, new String[] {"-verbose", "up"}, new String[] {"up", "-dry-run"},
                new String[] {"-path=m", "up"}, new String[] {"nosuch"}, new String[] {"up", "-x"},
                new String[] {"-prefetch", "x", "up"}, new String[] {"down", "-all", "1"}, new String[] {})) {
            assertThat(CommonCommandLine.parse(args, invocation())).as(String.join(" ", args)).isNull();
        }
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<List<String>> anyWords = Arbitraries.of(WORDS).list().ofMaxSize(8);
        Arbitrary<List<String>> option = Combinators.combine(Arbitraries.of(OPTIONS), Arbitraries.of(WORDS)).as(List::of);
        Arbitrary<List<String>> afterCommand = Arbitraries.oneOf(option, Arbitraries.of(WORDS).map(List::of));
        Arbitrary<List<String>> shaped = Combinators.combine(option.list().ofMaxSize(3), Arbitraries.of(COMMANDS),
                        afterCommand.list().ofMaxSize(3))
                .as((before, command, after) -> {
                    List<String> line = new ArrayList<>();
                    before.forEach(line::addAll);
                    line.add(command);
                    after.forEach(line::addAll);
                    return line;
                });
        return Arbitraries.oneOf(anyWords, shaped);
    }

    private static String describe(Subcommand command, GlobalOptions before) {
        GlobalOptions o = GlobalOptions.merge(before, command.options);
        StringBuilder text = new StringBuilder(command.getClass().getSimpleName())
                .append(" source=").append(o.source).append(" path=").append(o.path).append(" database=").append(o.database)
                .append(" prefetch=").append(o.prefetch).append(" lockTimeout=").append(o.lockTimeout)
                .append(" migrationTimeout=").append(o.migrationTimeout).append(" groupCommit=").append(o.groupCommit)
                .append(" verbose=").append(o.verbose)
                .append(" version=").append(o.version).append(" help=").append(o.help)
                .append(" topHelp=").append(before.help).append(" args=").append(command.args);
        if (command instanceof MigratingCommand m) {
            text.append(" dryRun=").append(m.dryRun);
        }
        if (command instanceof DownCommand d) {
            text.append(" all=").append(d.all);
        }
        if (command instanceof StatusCommand s) {
            text.append(" json=").append(s.json).append(" exitCode=").append(s.exitCode);
        }
        if (command instanceof UpCommand u) {
            text.append(" validation=").append(u.validation.allowOutOfOrder).append(u.validation.skipValidation);
        }
        return text.toString();
    }

    private static Invocation invocation() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Invocation(Map.of(), InputStream.nullInputStream(), new Output(sink, sink, null),
                action -> () -> { }, Path.of(""));
    }
}
