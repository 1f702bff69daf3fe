package dev.jmigrate.cli;

import dev.jmigrate.Migrator;
import dev.jmigrate.go.GoDuration;
import dev.jmigrate.source.MigrationSource;
import dev.jmigrate.source.Sources;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/** One run of the tool: its environment, streams and settings, shared by the commands. */
final class Invocation {
    /** -prefetch is a uint, as in golang-migrate; more than this many files read ahead buys nothing. */
    private static final long MOST_PREFETCHED = 1000;

    private final Map<String, String> env;
    private final InputStream in;
    private final Output output;
    private final Signals signals;
    private final Path workingDirectory;
    private final Instant startedAt = Instant.now();
    private final long startNanos = System.nanoTime();
    private Settings settings;

    Invocation(Map<String, String> env, InputStream in, Output output, Signals signals, Path workingDirectory) {
        this.env = Map.copyOf(env);
        this.in = in;
        this.output = output;
        this.signals = signals;
        this.workingDirectory = workingDirectory;
        this.settings = new Settings(new GlobalOptions(), this.env);
    }

    /** Applies the parsed global options. */
    void configure(GlobalOptions options) {
        settings = new Settings(options, env);
        output.verbose(settings.verbose());
    }

    Settings settings() {
        return settings;
    }

    Output output() {
        return output;
    }

    InputStream in() {
        return in;
    }

    Signals signals() {
        return signals;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    /** When the tool started; {@code create} takes its timestamp version from it, as golang-migrate does. */
    Instant startedAt() {
        return startedAt;
    }

    /** Opens a migrator for the source and database of the settings, runs {@code work} and closes it. */
    int withMigrator(Consumer<Migrator.Builder> customize, ToIntFunction<Migrator> work) {
        Migrator migrator = migrator(customize);
        boolean completed = false;
        try {
            int code = work.applyAsInt(migrator);
            completed = true;
            return code;
        } finally {
            close(migrator, completed);
        }
    }

    /** golang-migrate's verbose {@code Finished after <duration>} at the end of a command that changed something. */
    void finished() {
        output.detail("Finished after " + GoDuration.format(Duration.ofNanos(System.nanoTime() - startNanos)));
    }

    private Migrator migrator(Consumer<Migrator.Builder> customize) {
        QuietDriverLogs.apply();
        MigrationSource source = Sources.open(settings.sourceUrl(), Invocation.class.getClassLoader());
        Migrator.Builder builder = Migrator.builder()
                .source(source)
                .database(settings.databaseUrl())
                .lockTimeout(settings.lockTimeout())
                .migrationTimeout(settings.migrationTimeout())
                .groupCommit(settings.groupCommit())
                .prefetch((int) Math.min(settings.prefetch(), MOST_PREFETCHED))
                .listener(new ProgressListener(output, settings.prefetch()));
        customize.accept(builder);
        return builder.build();
    }

    private void close(Migrator migrator, boolean report) {
        if (report) {
            output.detail("Closing source and database");
        }
        try {
            migrator.close();
        } catch (RuntimeException e) {
            if (report) {
                output.info(String.valueOf(e.getMessage()));
            }
        }
    }
}
