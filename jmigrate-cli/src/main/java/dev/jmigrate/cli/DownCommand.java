package dev.jmigrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code down [N]} and {@code down -all}: reverts the last N migrations, or all of them. */
@Command(name = "down")
final class DownCommand extends MigratingCommand {
    static final String QUESTION = "Are you sure you want to apply all down migrations? [y/N]";
    static final String AGREED = "Applying all down migrations";
    static final String DECLINED = "Not applying all down migrations";

    @Option(names = {"-all", "--all"}, arity = "0..1", fallbackValue = "true", converter = GoFlags.Bool.class)
    boolean all;

    DownCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return invocation.withMigrator(builder -> { }, migrator -> {
            if (all && !args.isEmpty()) {
                throw new CliException("-all cannot be used with other arguments");
            }
            if (args.size() > 1) {
                throw new CliException("too many arguments");
            }
            Long limit = args.isEmpty() ? null : Arguments.limit(args.get(0));
            if (dryRun) {
                return limit == null ? dryRun(migrator, m -> m.planDown())
                        : limit == 0 ? noChange() : dryRun(migrator, m -> m.planSteps(-limit));
            }
            if (limit == null && !all) {
                confirm();
            }
            return migrate(migrator, m -> limit == null ? m.down() : m.steps(-limit));
        });
    }

    private void confirm() {
        if (!Confirmation.ask(output(), invocation.in(), QUESTION)) {
            throw CliException.bare(DECLINED);
        }
        output().info(AGREED);
    }

    @Override
    String usage() {
        return """
                Usage: migrate down [N] [-all] [-dry-run]

                Reverts the last N migrations, newest first. Without N it reverts every applied migration after
                asking for confirmation (answer y); -all does the same without asking. When fewer than N are
                applied, reverts them and fails with "limit <n> short".

                Options:
                  -all                  Revert every applied migration without asking
                  -dry-run              Print the migrations and statements that would run; change nothing
                """ + Usage.COMMAND_FOOTER;
    }
}
