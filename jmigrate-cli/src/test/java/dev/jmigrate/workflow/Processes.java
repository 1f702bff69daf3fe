package dev.jmigrate.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command as a process with a timeout, capturing both streams (through files: no pipe can fill up). */
final class Processes {
    private static final List<String> MAKE_VARIABLES = List.of("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES",
            "GNUMAKEFLAGS");

    private Processes() {
    }

    /** What a finished process did. */
    record Result(List<String> command, int exitCode, String stdout, String stderr) {
        /** The command, its exit code and both streams, for assertion messages. */
        String describe() {
            return "$ " + String.join(" ", command) + "\nexit code " + exitCode
                    + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr + "\n--------------";
        }

        /** The non-empty lines of stdout. */
        List<String> stdoutLines() {
            return stdout.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    /**
     * Runs {@code command} in {@code directory} with the current environment, without the variables of
     * {@link #cleanEnvironment}, plus {@code env} (a null value removes a variable).
     */
    static Result run(Path directory, Map<String, String> env, Duration timeout, String... command) {
        List<String> commandLine = List.copyOf(Arrays.asList(command));
        try {
            Path out = Files.createTempFile("process", ".out");
            Path err = Files.createTempFile("process", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(commandLine))
                        .directory(directory.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                Map<String, String> environment = builder.environment();
                cleanEnvironment(environment);
                env.forEach((name, value) -> {
                    if (value == null) {
                        environment.remove(name);
                    } else {
                        environment.put(name, value);
                    }
                });
                Process process = builder.start();
                boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (!finished) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                Result result = new Result(commandLine, finished ? process.exitValue() : -1,
                        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
                if (!finished) {
                    throw new AssertionError("timed out after " + timeout + ":\n" + result.describe());
                }
                return result;
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + commandLine, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + commandLine, e);
        }
    }

    /**
     * Removes what the test's own environment could leak into the process: the migrate settings (each test
     * sets the ones it means) and the variables of an enclosing make (e.g. {@code make test}).
     */
    static void cleanEnvironment(Map<String, String> environment) {
        for (String name : List.of("DATABASE_URL", "MIGRATION_DIR", "MIGRATION_TIMEOUT", "MIGRATE", "MVN",
                "JMIGRATE_JAVA_OPTS")) {
            environment.remove(name);
        }
        MAKE_VARIABLES.forEach(environment::remove);
    }
}
