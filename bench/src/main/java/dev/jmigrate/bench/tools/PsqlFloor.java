package dev.jmigrate.bench.tools;

import dev.jmigrate.bench.Generator;
import dev.jmigrate.bench.Invocation;
import dev.jmigrate.bench.Measure;
import dev.jmigrate.bench.Scenario;
import dev.jmigrate.bench.Target;
import dev.jmigrate.bench.Tool;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The floor: one {@code psql} session that runs the same up files (or, to roll back, the down files in reverse
 * order), each in a transaction of its own ({@code BEGIN; \i file; COMMIT;}), and keeps no history.
 */
public final class PsqlFloor implements Tool {
    private final String psql;

    /** Uses the {@code psql} found on the PATH. */
    public PsqlFloor() {
        this.psql = findOnPath("psql").map(Path::toString).orElse("psql");
    }

    @Override
    public String name() {
        return "psql";
    }

    @Override
    public Optional<String> unavailable() {
        return findOnPath("psql").isPresent() ? Optional.empty() : Optional.of("psql is not on the PATH");
    }

    @Override
    public String describe() {
        return Measure.capture(List.of(psql, "--version"))
                + " (one session: `psql -X -q -v ON_ERROR_STOP=1 -f up.sql`, where up.sql is `BEGIN; \\i FILE; COMMIT;` per file)";
    }

    @Override
    public String note() {
        return "psql (the floor): no history table, no lock, no checksum: only the SQL of the files, one transaction "
                + "per file, in one session; it has no version, status or no-op up.";
    }

    @Override
    public Optional<Invocation> invocation(Scenario scenario, Target target) {
        return switch (scenario) {
            case APPLY -> Optional.of(run(target, target.layout().psqlUp()));
            case ROLLBACK -> Optional.of(run(target, target.layout().psqlDown()));
            case NOOP_UP, VERSION, STATUS -> Optional.empty();
        };
    }

    private Invocation run(Target target, Path script) {
        Map<String, String> env = new HashMap<>();
        if (target.server().password() != null) {
            env.put("PGPASSWORD", target.server().password());
        }
        return Invocation.of(List.of(psql, "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", target.server().host(), "-p", Integer.toString(target.server().port()),
                "-U", target.server().user(), "-d", target.database(), "-f", script.toString()), env);
    }

    @Override
    public List<String> historyTables() {
        return List.of();
    }

    @Override
    public Optional<String> historyQuery() {
        return Optional.empty();
    }

    @Override
    public long expectedHistory(Generator.Plan plan, boolean applied) {
        return 0;
    }

    static Optional<Path> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
