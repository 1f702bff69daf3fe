package dev.jmigrate.bench.tools;

import dev.jmigrate.bench.Generator;
import dev.jmigrate.bench.Invocation;
import dev.jmigrate.bench.Measure;
import dev.jmigrate.bench.Scenario;
import dev.jmigrate.bench.Target;
import dev.jmigrate.bench.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * dbmate, the Go binary that npm's {@code dbmate} package installs (optional dependency {@code @dbmate/linux-x64}),
 * run directly rather than through npm's Node.js wrapper, which would add Node's start to every call.
 * dbmate's {@code rollback} reverts one migration per call, so rolling back all N is N processes.
 */
public final class DbmateTool implements Tool {
    private final Path binary;

    /** @param binary the dbmate executable */
    public DbmateTool(Path binary) {
        this.binary = binary.toAbsolutePath().normalize();
    }

    /** Where {@code bench/run} installs dbmate: {@code bench/tools/node_modules/@dbmate/linux-x64/bin/dbmate}. */
    public static Path defaultBinary(Path benchDirectory) {
        return benchDirectory.resolve("tools/node_modules/@dbmate/linux-x64/bin/dbmate");
    }

    @Override
    public String name() {
        return "dbmate";
    }

    @Override
    public Optional<String> unavailable() {
        return Files.isExecutable(binary) ? Optional.empty()
                : Optional.of(binary + " is missing: npm install --prefix bench/tools dbmate@2.36.0");
    }

    @Override
    public String describe() {
        return Measure.capture(List.of(binary.toString(), "--version"))
                + " (the Go binary from npm's `@dbmate/linux-x64`, run directly, with `--no-dump-schema`)";
    }

    @Override
    public String note() {
        return "dbmate: `version` and `status` are both `dbmate status` (it has no version command); `dbmate rollback` "
                + "reverts one migration per process, so roll back all is N `dbmate rollback` processes in a row "
                + "(time: all of them; memory: the largest).";
    }

    @Override
    public Optional<Invocation> invocation(Scenario scenario, Target target) {
        return Optional.of(switch (scenario) {
            case APPLY, NOOP_UP -> Invocation.of(command(target, "up"), env(target));
            case VERSION, STATUS -> Invocation.of(command(target, "status"), env(target));
            case ROLLBACK -> Invocation.repeated(command(target, "rollback"), target.layout().plan().size(), env(target));
        });
    }

    private List<String> command(Target target, String action) {
        return new ArrayList<>(List.of(binary.toString(), "--migrations-dir", target.layout().dbmate().toString(),
                "--no-dump-schema", action));
    }

    private static Map<String, String> env(Target target) {
        return Map.of("DATABASE_URL", target.url());
    }

    @Override
    public List<String> historyTables() {
        return List.of("schema_migrations");
    }

    @Override
    public Optional<String> historyQuery() {
        return Optional.of("SELECT count(*) FROM schema_migrations");
    }

    @Override
    public long expectedHistory(Generator.Plan plan, boolean applied) {
        return applied ? plan.size() : 0;
    }
}
